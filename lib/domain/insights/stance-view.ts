import { type InsightInterval, type PeriodPlacement, periodRange, placeInPeriod, type UndatedReason } from "./insight-periods";
import { netStance, type StanceColumn, stanceColumns, type StanceCounts, zeroCounts } from "./stance-columns";

export interface StancePeriod {
  period: string;
  /** Claim spans by stance. */
  spans: StanceCounts;
  /** Documents whose document-level stance toward the claim is this one, in the chosen set. */
  documents: StanceCounts;
  /** favor − against, of the spans. */
  net: number;
}

export interface StanceClaim {
  claimId: number;
  statement: string;
  /** One entry per period of the view, zeros included. */
  series: StancePeriod[];
  undated: { spans: StanceCounts; documents: StanceCounts };
}

export interface UndatedDocument {
  id: number;
  title: string;
  publishedAt: string | null;
  reason: UndatedReason;
}

export interface StanceView {
  interval: InsightInterval;
  stances: StanceColumn[];
  /** Contiguous, from the first period with a count to the last. */
  periods: string[];
  /** By spans counted, most first, then by claim id. */
  claims: StanceClaim[];
  /** Undated documents that count in some claim's `undated`, by id, at most `undatedListLimit`. */
  undatedDocuments: UndatedDocument[];
  undatedDocumentCount: number;
}

export const undatedListLimit = 500;

/** A count of spans or documents for one claim, stance and publishedAt (as stored, or its first characters; null for none). */
export interface DatedCount {
  claimId: number;
  stance: string;
  publishedAt: string | null;
  n: number;
}

interface ClaimTally {
  spans: Map<string, StanceCounts>;
  documents: Map<string, StanceCounts>;
  undatedSpans: StanceCounts;
  undatedDocuments: StanceCounts;
  total: number;
}

/**
 * The stance view from counts grouped by claim, stance and date: each date goes to its period,
 * dates too coarse for the interval to `undated`. Claims are those with a count, or exactly
 * `claimIds` when the filter names claims.
 */
export function buildStanceView(input: {
  interval: InsightInterval;
  schema: readonly StanceColumn[];
  statements: ReadonlyMap<number, string>;
  spanCounts: readonly DatedCount[];
  documentCounts: readonly DatedCount[];
  claimIds: readonly number[];
  /** Documents without a period in this interval, by id (see `undatedListLimit`). */
  undatedDocuments: readonly Omit<UndatedDocument, "reason">[];
  undatedDocumentCount: number;
}): StanceView {
  const { interval } = input;
  const stances = stanceColumns(input.schema, [...input.spanCounts, ...input.documentCounts].map((row) => row.stance));
  const tallies = new Map<number, ClaimTally>();
  const tallyOf = (claimId: number) => {
    let tally = tallies.get(claimId);
    if (!tally) {
      tally = { spans: new Map(), documents: new Map(), undatedSpans: zeroCounts(stances), undatedDocuments: zeroCounts(stances), total: 0 };
      tallies.set(claimId, tally);
    }
    return tally;
  };
  const placements = new Map<string | null, PeriodPlacement>();
  const placementOf = (publishedAt: string | null) => {
    let placement = placements.get(publishedAt);
    if (!placement) placements.set(publishedAt, (placement = placeInPeriod(publishedAt, interval)));
    return placement;
  };
  const countsOf = (byPeriod: Map<string, StanceCounts>, undated: StanceCounts, publishedAt: string | null) => {
    const { period } = placementOf(publishedAt);
    if (period === undefined) return undated;
    let counts = byPeriod.get(period);
    if (!counts) byPeriod.set(period, (counts = zeroCounts(stances)));
    return counts;
  };
  for (const { claimId, stance, publishedAt, n } of input.spanCounts) {
    const tally = tallyOf(claimId);
    const counts = countsOf(tally.spans, tally.undatedSpans, publishedAt);
    counts[stance] = (counts[stance] ?? 0) + n;
    tally.total += n;
  }
  for (const { claimId, stance, publishedAt, n } of input.documentCounts) {
    const tally = tallyOf(claimId);
    const counts = countsOf(tally.documents, tally.undatedDocuments, publishedAt);
    counts[stance] = (counts[stance] ?? 0) + n;
  }

  const periods = periodRange([...tallies.values()].flatMap((t) => [...t.spans.keys(), ...t.documents.keys()]), interval);
  const claimIds = input.claimIds.length > 0 ? [...new Set(input.claimIds)] : [...tallies.keys()];
  const claims = claimIds
    .map((claimId) => ({ claimId, tally: tallies.get(claimId) }))
    .sort((a, b) => (b.tally?.total ?? 0) - (a.tally?.total ?? 0) || a.claimId - b.claimId)
    .map(({ claimId, tally }): StanceClaim => ({
      claimId,
      statement: input.statements.get(claimId) ?? `Claim ${claimId}`,
      series: periods.map((period) => {
        const spans = tally?.spans.get(period) ?? zeroCounts(stances);
        return { period, spans, documents: tally?.documents.get(period) ?? zeroCounts(stances), net: netStance(spans) };
      }),
      undated: { spans: tally?.undatedSpans ?? zeroCounts(stances), documents: tally?.undatedDocuments ?? zeroCounts(stances) },
    }));
  return {
    interval,
    stances,
    periods,
    claims,
    undatedDocuments: input.undatedDocuments.slice(0, undatedListLimit).map((document) => ({
      ...document,
      reason: placementOf(document.publishedAt).undated ?? "missing",
    })),
    undatedDocumentCount: input.undatedDocumentCount,
  };
}
