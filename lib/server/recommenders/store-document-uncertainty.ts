import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents, documentUncertainty } from "@/db/schema";

/** Rows written per statement. */
const chunkSize = 500;

/**
 * Replaces the project's uncertainty scores, for Next document to order by. Internal: the rebuild
 * job scored the documents with the models it had just built.
 */
export async function storeDocumentUncertainty(projectId: number, scores: readonly [documentId: number, uncertaintyPermille: number][]): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.delete(documentUncertainty).where(eq(documentUncertainty.projectId, projectId));
    for (let i = 0; i < scores.length; i += chunkSize) {
      const chunk = scores.slice(i, i + chunkSize);
      // A document deleted while the thread scored it has no row to point at any more.
      const present = new Set(
        (await tx.select({ id: documents.id }).from(documents).where(inArray(documents.id, chunk.map(([documentId]) => documentId)))).map((row) => row.id),
      );
      const rows = chunk.flatMap(([documentId, uncertaintyPermille]) => (present.has(documentId) ? [{ documentId, projectId, uncertaintyPermille }] : []));
      if (rows.length > 0) await tx.insert(documentUncertainty).values(rows);
    }
  });
}
