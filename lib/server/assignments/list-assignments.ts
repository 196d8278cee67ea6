import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assignments, documents, users } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { type AssignmentView, toAssignmentView } from "./assignment-view";

export interface DocumentAssignments {
  documentId: number;
  title: string;
  language: string;
  assignments: (AssignmentView & { userName: string; userEmail: string })[];
}

/** Managers see who has which document, and how far they are; documents nobody has included. */
export async function listAssignments(options: {
  caller: Caller;
  projectId: number;
}): Promise<{ documents: DocumentAssignments[] }> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId, "manager");
  const db = getDb();
  const byDocument = new Map<number, DocumentAssignments>();
  const documentRows = await db
    .select({ id: documents.id, title: documents.title, language: documents.language })
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .orderBy(asc(documents.id));
  for (const { id, title, language } of documentRows) {
    byDocument.set(id, { documentId: id, title, language, assignments: [] });
  }
  const assignmentRows = await db
    .select({ assignment: assignments, userName: users.name, userEmail: users.email })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(eq(documents.projectId, projectId))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
  for (const { assignment, userName, userEmail } of assignmentRows) {
    byDocument.get(assignment.documentId)?.assignments.push({ ...toAssignmentView(assignment), userName, userEmail });
  }
  return { documents: [...byDocument.values()] };
}
