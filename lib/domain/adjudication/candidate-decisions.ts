import type { AdjudicationCandidate, AdjudicationLayer } from "./build-adjudication-candidates";

export type CandidateDecision =
  | { kind: "pending" }
  | { kind: "accepted"; goldSpanIds: number[] }
  | { kind: "rejected" };

export interface GoldPosition {
  id: number;
  layer: AdjudicationLayer;
  start: number;
  end: number;
  sourceAnnotationIds: readonly number[];
}

/**
 * A candidate is accepted when a gold span of its layer overlaps it or came from one of its spans,
 * rejected when its key was rejected (and nothing was accepted), pending otherwise.
 */
export function decideCandidateStates(
  candidates: readonly AdjudicationCandidate[],
  gold: readonly GoldPosition[],
  rejectedKeys: ReadonlySet<string>,
): Map<string, CandidateDecision> {
  const accepted = new Map<string, number[]>();
  const bySpanId = new Map<number, string>();
  for (const candidate of candidates) {
    for (const version of candidate.versions) for (const holder of version.holders) bySpanId.set(holder.spanId, candidate.key);
  }
  // Candidates of one layer never overlap, so each layer's list is sorted by start and by end.
  const byLayer = new Map<AdjudicationLayer, AdjudicationCandidate[]>();
  for (const candidate of candidates) {
    const list = byLayer.get(candidate.layer) ?? [];
    list.push(candidate);
    byLayer.set(candidate.layer, list);
  }
  const add = (key: string, goldId: number) => {
    const ids = accepted.get(key) ?? [];
    if (!ids.includes(goldId)) ids.push(goldId);
    accepted.set(key, ids);
  };
  for (const span of gold) {
    for (const sourceId of span.sourceAnnotationIds) {
      const key = bySpanId.get(sourceId);
      if (key) add(key, span.id);
    }
    const list = byLayer.get(span.layer) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.end <= span.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < list.length && list[i]!.start < span.end; i++) add(list[i]!.key, span.id);
  }
  const decisions = new Map<string, CandidateDecision>();
  for (const { key } of candidates) {
    const goldSpanIds = accepted.get(key);
    if (goldSpanIds) decisions.set(key, { kind: "accepted", goldSpanIds });
    else decisions.set(key, rejectedKeys.has(key) ? { kind: "rejected" } : { kind: "pending" });
  }
  return decisions;
}
