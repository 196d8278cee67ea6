import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { notFound } from "@/lib/server/errors";
import { type DocumentView, toDocumentView } from "./document-view";

/**
 * Any member of the document's project reads it; annotators restricted to their assignments
 * read only those. Every refusal is a 404, so that document ids reveal nothing.
 */
export async function getDocument(options: { caller: Caller; documentId: number }): Promise<DocumentView> {
  const { caller, documentId } = options;
  await requireDocumentAccess(caller, documentId);
  const [row] = await getDb().select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!row) throw notFound("Document");
  return toDocumentView(row);
}
