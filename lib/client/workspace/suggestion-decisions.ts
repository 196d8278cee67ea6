import { apiFetch } from "@/lib/client/api-fetch";
import type { RecommendedSpan } from "./api-types";

/**
 * Tells the server that the annotator accepted or rejected a recommender's suggestion, for the
 * project's measure of the recommenders' help. A record that fails to arrive costs no work: it is
 * not retried, and the annotator is not told.
 */
export function sendSuggestionDecision(
  documentId: number,
  suggestion: Pick<RecommendedSpan, "recommender" | "layer" | "start" | "end" | "quote" | "score">,
  label: string,
  decision: "accepted" | "rejected",
): void {
  const { recommender, layer, start, end, quote, score } = suggestion;
  apiFetch(`/api/documents/${documentId}/suggestion-decisions`, {
    method: "POST",
    json: { recommender, layer, start, end, quote, label, score, decision },
  }).catch(() => undefined);
}

/** The label a recommended span offers, as decisions record it: an entity type's key, a claim's id. */
export function recommendedLabel(suggestion: RecommendedSpan, entityTypeKey: (id: number) => string | undefined): string {
  if (suggestion.layer === "entity") return entityTypeKey(suggestion.entityTypeId ?? -1) ?? String(suggestion.entityTypeId);
  return String(suggestion.claimId);
}
