import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotationPredictions, annotations, documentPredictions } from "@/db/schema";
import type { DocumentPrediction } from "@/lib/domain/model-server/prediction-spans";

/**
 * Stores a model's prediction for a document as its pre-annotations (set `preannotation`,
 * origin `prediction`), in place of the model server's earlier ones, which are deleted softly
 * so that spans accepted from them still name their source. Agreement, review, gold and export
 * never read this set; an annotator's accepted copy is her own work.
 */
export async function storeDocumentPrediction(options: {
  projectId: number;
  documentId: number;
  authorId: number;
  modelVersion: string;
  prediction: DocumentPrediction;
}): Promise<void> {
  const { projectId, documentId, modelVersion, prediction } = options;
  await getDb().transaction(async (tx) => {
    const now = new Date();
    const earlier = await tx
      .select({ id: annotations.id })
      .from(annotationPredictions)
      .innerJoin(annotations, eq(annotations.id, annotationPredictions.annotationId))
      .where(and(eq(annotationPredictions.documentId, documentId), isNull(annotations.deletedAt)));
    if (earlier.length > 0) {
      await tx
        .update(annotations)
        .set({ deletedAt: now, updatedAt: now })
        .where(inArray(annotations.id, earlier.map((row) => row.id)));
    }
    if (prediction.spans.length > 0) {
      const stored = await tx
        .insert(annotations)
        .values(
          prediction.spans.map((span) => ({
            projectId,
            documentId,
            authorId: options.authorId,
            set: "preannotation" as const,
            origin: "prediction" as const,
            ...span,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .returning({ id: annotations.id });
      await tx
        .insert(annotationPredictions)
        .values(stored.map((row) => ({ annotationId: row.id, documentId, modelVersion, score: prediction.score })));
    }
    const run = { modelVersion, spans: prediction.spans.length, dropped: prediction.dropped.length, predictedAt: now };
    await tx
      .insert(documentPredictions)
      .values({ documentId, projectId, ...run })
      .onConflictDoUpdate({ target: documentPredictions.documentId, set: run });
  });
}
