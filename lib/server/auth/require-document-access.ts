import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assignments, documents, type ProjectRole } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { type ProjectAccess, requireProjectRole } from "@/lib/server/auth/require-project-role";
import { seesOnlyAssignedDocuments } from "@/lib/server/documents/document-visibility";
import { AppError, notFound } from "@/lib/server/errors";

export interface DocumentAccess {
  document: { id: number; projectId: number; text: string; language: string };
  access: ProjectAccess;
}

/**
 * The document, if the caller may work on it: a member of its project holding one of `roles`,
 * and assigned to it where the project restricts annotators to their assignments. Refusals
 * other than a missing role are 404s, so that document ids reveal nothing.
 */
export async function requireDocumentAccess(
  caller: Caller,
  documentId: number,
  ...roles: ProjectRole[]
): Promise<DocumentAccess> {
  const db = getDb();
  const [document] = await db
    .select({ id: documents.id, projectId: documents.projectId, text: documents.text, language: documents.language })
    .from(documents)
    .where(eq(documents.id, documentId))
    .limit(1);
  if (!document) throw notFound("Document");
  const access = await requireProjectRoleAs(caller, document.projectId, roles, "Document");
  if (seesOnlyAssignedDocuments(access)) {
    const [assignment] = await db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.documentId, documentId), eq(assignments.userId, caller.id)))
      .limit(1);
    if (!assignment) throw notFound("Document");
  }
  return { document, access };
}

/**
 * `requireProjectRole`, with the 404 for outsiders naming the row they asked for: a "Project not
 * found" would tell them that the row exists.
 */
export async function requireProjectRoleAs(
  caller: Caller,
  projectId: number,
  roles: ProjectRole[],
  what: string,
): Promise<ProjectAccess> {
  try {
    return await requireProjectRole(caller, projectId, ...roles);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw notFound(what);
    throw error;
  }
}
