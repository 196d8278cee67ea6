import "server-only";
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotationPredictions, annotations, assignments, documents } from "@/db/schema";
import { computeDocumentUncertainty, type ScoredSuggestion, toUncertaintyPermille } from "@/lib/domain/recommenders/document-uncertainty";
import type { RecommenderLayer } from "@/lib/domain/recommenders/recommender-keys";
import { findStringMatches, type StringMatchingModel } from "@/lib/domain/recommenders/string-matching-model";
import { type WordToken, wordTokens } from "@/lib/domain/recommenders/word-tokens";

/** Documents read at once: their texts stay few in memory. */
const batchSize = 500;

/** The model server's live predictions in a project's documents, by document. */
async function storedPredictions(projectId: number): Promise<Map<number, ScoredSuggestion[]>> {
  const rows = await getDb()
    .select({
      documentId: annotations.documentId,
      layer: annotations.layer,
      start: annotations.start,
      end: annotations.end,
      entityTypeId: annotations.entityTypeId,
      claimId: annotations.claimId,
      score: annotationPredictions.score,
    })
    .from(annotationPredictions)
    .innerJoin(annotations, eq(annotations.id, annotationPredictions.annotationId))
    .where(and(eq(annotations.projectId, projectId), isNull(annotations.deletedAt)));
  const byDocument = new Map<number, ScoredSuggestion[]>();
  for (const row of rows) {
    const label = row.layer === "entity" ? row.entityTypeId : row.claimId;
    // A prediction without a score is one the model did not rate: it tells nothing of its certainty.
    if (typeof row.score !== "number" || label === null) continue;
    const list = byDocument.get(row.documentId) ?? [];
    list.push({ source: "model-server", layer: row.layer, start: row.start, end: row.end, label: String(label), score: row.score });
    byDocument.set(row.documentId, list);
  }
  return byDocument;
}

/**
 * How unsure the recommenders and the model server are about each document the queue may still
 * hand out (fewer active assignments than the quota), in thousandths, by document id, with the
 * string-matching models the rebuild has just built. It reads every such text once, so it runs in
 * the recommenders' worker thread (recommender-thread.ts), in the rebuild job.
 */
export async function readDocumentUncertainties(input: {
  projectId: number;
  annotatorsPerDocument: number;
  matchers: ReadonlyMap<RecommenderLayer, StringMatchingModel>;
}): Promise<[documentId: number, uncertaintyPermille: number][]> {
  const { projectId, annotatorsPerDocument, matchers } = input;
  const predictions = await storedPredictions(projectId);
  const activeAssignments = sql<number>`(SELECT count(*) FROM ${assignments} WHERE ${assignments.documentId} = ${documents.id} AND ${assignments.status} <> 'skipped')`;
  // Which documents first, by id alone: reading texts only for those, a batch at a time.
  const candidates = await getDb()
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.projectId, projectId), lt(activeAssignments, annotatorsPerDocument)))
    .orderBy(asc(documents.id));
  const scores: [number, number][] = [];
  for (let i = 0; i < candidates.length; i += batchSize) {
    const ids = candidates.slice(i, i + batchSize).map((candidate) => candidate.id);
    const batch = await getDb().select({ id: documents.id, text: documents.text }).from(documents).where(inArray(documents.id, ids));
    for (const document of batch) {
      const suggestions: ScoredSuggestion[] = [...(predictions.get(document.id) ?? [])];
      let words: WordToken[] | undefined;
      for (const layer of ["entity", "claim"] as const) {
        const matcher = matchers.get(layer);
        if (!matcher) continue;
        words ??= wordTokens(document.text);
        for (const match of findStringMatches(matcher, document.text, { excludeDocumentId: document.id, words })) {
          suggestions.push({ source: `string-matching:${layer}`, layer, start: match.start, end: match.end, label: match.label, score: match.score });
        }
      }
      scores.push([document.id, toUncertaintyPermille(computeDocumentUncertainty(suggestions))]);
    }
  }
  return scores;
}
