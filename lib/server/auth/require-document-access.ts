import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assignments, documents, memberships, projects, type ProjectRole } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { membershipOf, projectAccessOf, type ProjectAccess } from "@/lib/server/auth/require-project-role";
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
  // The document, its project and the caller's roles there, in one round trip.
  const rows = await db
    .select(documentAccessColumns)
    .from(documents)
    .innerJoin(projects, eq(projects.id, documents.projectId))
    .leftJoin(memberships, membershipOf(caller))
    .where(eq(documents.id, documentId));
  const access = documentAccessOf(caller, rows, roles);
  if (!access) throw notFound("Document");
  if (seesOnlyAssignedDocuments(access.access)) {
    const [assignment] = await db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.documentId, documentId), eq(assignments.userId, caller.id)))
      .limit(1);
    if (!assignment) throw notFound("Document");
  }
  return access;
}

/** What a document access check reads, beside other columns of the same row where it needs them. */
export const documentAccessColumns = {
  id: documents.id,
  projectId: documents.projectId,
  text: documents.text,
  language: documents.language,
  settings: projects.settings,
  role: memberships.role,
};

export interface DocumentAccessRow {
  id: number;
  projectId: number;
  text: string;
  language: string;
  settings: (typeof projects.$inferSelect)["settings"];
  role: ProjectRole | null;
}

/**
 * The access that `rows` (the document joined to its project and the caller's memberships there,
 * one row per role) give the caller with one of `roles`, null when there is no document. The
 * caller still checks the assignment where seesOnlyAssignedDocuments says so.
 */
export function documentAccessOf(
  caller: Caller,
  rows: readonly DocumentAccessRow[],
  roles: ProjectRole[],
): DocumentAccess | null {
  const [first] = rows;
  if (!first) return null;
  const document = { id: first.id, projectId: first.projectId, text: first.text, language: first.language };
  const access = asRefusalOf("Document", () =>
    projectAccessOf(caller, { id: first.projectId, settings: first.settings }, rows.map((row) => row.role), roles),
  );
  return { document, access };
}

/** `check`'s access, with its 404 naming `what`. */
function asRefusalOf(what: string, check: () => ProjectAccess): ProjectAccess {
  try {
    return check();
  } catch (error) {
    // A "Project not found" would tell an outsider that the row they asked for exists.
    throw error instanceof AppError && error.code === "not_found" ? notFound(what) : error;
  }
}
