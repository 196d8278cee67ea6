import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assignments, documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { type DocumentView, toDocumentView } from "./document-view";
import { seesOnlyAssignedDocuments } from "./document-visibility";

/**
 * Any member of the document's project reads it; annotators restricted to their assignments
 * read only those. Every refusal is a 404, so that document ids reveal nothing.
 */
export function getDocument(options: { caller: Caller; documentId: number }): DocumentView {
  const { caller, documentId } = options;
  const db = getDb();
  const row = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!row) throw notFound("Document");
  const access = requireProjectRole(caller, row.projectId);
  if (seesOnlyAssignedDocuments(access)) {
    const assignment = db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.documentId, documentId), eq(assignments.userId, caller.id)))
      .get();
    if (!assignment) throw notFound("Document");
  }
  return toDocumentView(row);
}
