import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documentPredictions, documents } from "@/db/schema";
import type { ModelServerDocument } from "@/lib/domain/model-server/model-server-requests";

/** Documents one run predicts for at most; the settings page calls again while some remain. */
export const DOCUMENTS_PER_RUN = 64;

/**
 * The project's documents to send to its model server, in id order, DOCUMENTS_PER_RUN at most:
 * one document (predicted again whatever it has), or those without a prediction yet, all of
 * them or only those among the given ids.
 */
export async function documentsToPredict(
  projectId: number,
  which: { documentId: number } | { withoutPrediction: true; among?: readonly number[] },
): Promise<ModelServerDocument[]> {
  const condition =
    "documentId" in which
      ? eq(documents.id, which.documentId)
      : and(isNull(documentPredictions.documentId), which.among === undefined ? undefined : inArray(documents.id, [...which.among]));
  return getDb()
    .select({
      id: documents.id,
      title: documents.title,
      text: documents.text,
      language: documents.language,
      publishedAt: documents.publishedAt,
      sourceUrl: documents.sourceUrl,
      externalId: documents.externalId,
      metadata: documents.metadata,
    })
    .from(documents)
    .leftJoin(documentPredictions, eq(documentPredictions.documentId, documents.id))
    .where(and(eq(documents.projectId, projectId), condition))
    .orderBy(asc(documents.id))
    .limit(DOCUMENTS_PER_RUN);
}
