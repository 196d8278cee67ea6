import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotationPredictions, annotations, documentPredictions } from "@/db/schema";
import type { DocumentPrediction } from "@/lib/domain/model-server/prediction-spans";

export interface StoredPrediction {
  projectId: number;
  documentId: number;
  authorId: number;
  modelVersion: string;
  prediction: DocumentPrediction;
}

/**
 * Stores a model's prediction for a document as its pre-annotations (set `preannotation`,
 * origin `prediction`), in place of the model server's earlier ones, which are deleted softly
 * so that spans accepted from them still name their source. Agreement, review, gold and export
 * never read this set; an annotator's accepted copy is her own work.
 */
export function storeDocumentPrediction(options: StoredPrediction): Promise<void> {
  return storeDocumentPredictions([options]);
}

/** Rows per INSERT, well within both engines' limits on bound parameters. */
const ROWS_PER_INSERT = 500;

const chunks = <T>(rows: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / ROWS_PER_INSERT) }, (_, i) => rows.slice(i * ROWS_PER_INSERT, (i + 1) * ROWS_PER_INSERT));

/**
 * storeDocumentPrediction for the documents of one answer, in one transaction (one durable
 * commit) of a few statements whatever the number of documents.
 */
export async function storeDocumentPredictions(items: readonly StoredPrediction[]): Promise<void> {
  if (items.length === 0) return;
  const byDocument = new Map(items.map((item) => [item.documentId, item]));
  const documentIds = [...byDocument.keys()];
  await getDb().transaction(async (tx) => {
    const now = new Date();
    const earlier = await tx
      .select({ id: annotations.id })
      .from(annotationPredictions)
      .innerJoin(annotations, eq(annotations.id, annotationPredictions.annotationId))
      .where(and(inArray(annotationPredictions.documentId, documentIds), isNull(annotations.deletedAt)));
    for (const rows of chunks(earlier)) {
      await tx
        .update(annotations)
        .set({ deletedAt: now, updatedAt: now })
        .where(inArray(annotations.id, rows.map((row) => row.id)));
    }
    const spans = items.flatMap(({ projectId, documentId, authorId, prediction }) =>
      prediction.spans.map((span) => ({
        projectId,
        documentId,
        authorId,
        set: "preannotation" as const,
        origin: "prediction" as const,
        ...span,
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const rows of chunks(spans)) {
      const stored = await tx.insert(annotations).values(rows).returning({ id: annotations.id, documentId: annotations.documentId });
      await tx.insert(annotationPredictions).values(
        stored.map(({ id, documentId }) => {
          const item = byDocument.get(documentId);
          return { annotationId: id, documentId, modelVersion: item?.modelVersion ?? "unknown", score: item?.prediction.score ?? null };
        }),
      );
    }
    for (const rows of chunks(items)) {
      await tx
        .insert(documentPredictions)
        .values(
          rows.map(({ documentId, projectId, modelVersion, prediction }) => ({
            documentId,
            projectId,
            modelVersion,
            spans: prediction.spans.length,
            dropped: prediction.dropped.length,
            predictedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: documentPredictions.documentId,
          set: {
            modelVersion: sql`excluded.model_version`,
            spans: sql`excluded.spans`,
            dropped: sql`excluded.dropped`,
            predictedAt: sql`excluded.predicted_at`,
          },
        });
    }
  });
}
