/** A claim span that named its claimant: who took which stance toward which claim, where. */
export interface StanceObservation {
  documentId: number;
  claimantEntityId: number;
  claimId: number;
  stance: string;
  quote: string;
}

/** The observations by claimant and claim. */
export type StancePrior = Map<string, StanceObservation[]>;

export interface PriorStance {
  stance: string;
  /** Observations with that stance, and observations of the pair in all. */
  count: number;
  total: number;
  /** count / (total + 1), as for string matches. */
  score: number;
  /** Up to three spans that took the stance. */
  evidence: StanceObservation[];
}

const pairKey = (claimantEntityId: number, claimId: number) => `${claimantEntityId}:${claimId}`;

export function buildStancePrior(observations: Iterable<StanceObservation>): StancePrior {
  const prior: StancePrior = new Map();
  for (const observation of observations) {
    const key = pairKey(observation.claimantEntityId, observation.claimId);
    const list = prior.get(key);
    if (list) list.push(observation);
    else prior.set(key, [observation]);
  }
  return prior;
}

/**
 * The stance the claimant took toward the claim most often before, with its evidence; null for
 * a pair not seen. Observations from `excludeDocumentId` (the document itself) do not count.
 */
export function priorStance(
  prior: StancePrior,
  pair: { claimantEntityId: number; claimId: number; excludeDocumentId?: number },
): PriorStance | null {
  const seen = (prior.get(pairKey(pair.claimantEntityId, pair.claimId)) ?? []).filter(
    (observation) => observation.documentId !== pair.excludeDocumentId,
  );
  if (seen.length === 0) return null;
  const counts = new Map<string, number>();
  for (const { stance } of seen) counts.set(stance, (counts.get(stance) ?? 0) + 1);
  const [stance, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const evidence = seen.filter((observation) => observation.stance === stance).slice(0, 3);
  return { stance, count, total: seen.length, score: count / (seen.length + 1), evidence };
}

/** Why a stance is offered: "took favor 3 times of 4 before". */
export function describePriorStance(stanceName: string, prior: Pick<PriorStance, "count" | "total">): string {
  const times = prior.count === 1 ? "once" : `${prior.count} times`;
  return prior.total > prior.count ? `took ${stanceName} ${times} of ${prior.total} before` : `took ${stanceName} ${times} before`;
}
