import type { CandidateView } from "@/lib/server/review/get-document-review";

/**
 * The candidate that holds a span: one of its annotators' spans, or a gold span accepted for it.
 * Null for a span of no candidate (another document's, a deleted one, an unknown id).
 */
export function candidateKeyForSpan(candidates: readonly CandidateView[], spanId: number): string | null {
  const found = candidates.find(
    (c) =>
      c.versions.some((v) => v.holders.some((h) => h.spanId === spanId)) ||
      (c.decision.kind === "accepted" && c.decision.goldSpanIds.includes(spanId)),
  );
  return found?.key ?? null;
}
