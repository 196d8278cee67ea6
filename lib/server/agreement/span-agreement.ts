import { type AgreementFigure, computedFigure, notComputable } from "@/lib/domain/agreement/agreement-figure";
import { averageOverAnnotatorPairs } from "@/lib/domain/agreement/average-over-annotator-pairs";
import { countGroupMatches } from "@/lib/domain/agreement/count-span-matches";
import { type SpanGroups, groupFrom } from "@/lib/domain/agreement/span-groups";
import type { SpanF1Detail } from "@/lib/domain/agreement/span-f1";
import type { AgreementData, AgreementDocument } from "./agreement-data";
import type { PairAgreement, SpanF1View } from "./agreement-report";

/** Summed over documents: matches in both modes and both annotators' span counts. */
interface MatchTally {
  exact: number;
  overlap: number;
  first: number;
  second: number;
}

/** One annotator pair over the documents both submitted. */
interface PairTally {
  documents: number;
  entities: MatchTally;
  claims: MatchTally;
  entitiesByLabel: Map<string, MatchTally>;
}

export interface SpanAgreement {
  entitiesF1: SpanF1View;
  entitiesF1ByLabel: Map<string, SpanF1View>;
  claimsF1: SpanF1View;
  pairs: PairAgreement[];
  /** Per document: the mean over its annotator pairs of overlap F1 over both layers. */
  overlapF1ByDocument: Map<number, number>;
}

/** The sums span F1 is computed from, filled document by document (addDocumentSpans). */
export interface SpanTallies {
  /** By the lower annotator id of the pair, then the higher (a number key: no string to build per document). */
  byPair: Map<number, Map<number, PairTally>>;
  overlapF1ByDocument: Map<number, number>;
}

function pairTally(tallies: SpanTallies, a: number, b: number): PairTally {
  let withA = tallies.byPair.get(a);
  if (!withA) tallies.byPair.set(a, (withA = new Map()));
  let tally = withA.get(b);
  if (!tally) withA.set(b, (tally = { documents: 0, entities: emptyTally(), claims: emptyTally(), entitiesByLabel: new Map() }));
  return tally;
}

export const newSpanTallies = (): SpanTallies => ({ byPair: new Map(), overlapF1ByDocument: new Map() });

/**
 * Adds one document's matches for each pair of its annotators. A match never crosses labels, so
 * matches are counted once per document, pair and label, and summed into the per-label,
 * per-layer and per-document figures.
 */
export function addDocumentSpans(tallies: SpanTallies, document: AgreementDocument): void {
  const { annotatorIds, entities, claims } = document;
  const entityCounts = spansPerCoder(entities);
  const claimCounts = spansPerCoder(claims);
  let f1Sum = 0;
  let pairCount = 0;
  for (let i = 0; i < annotatorIds.length; i++) {
    for (let j = i + 1; j < annotatorIds.length; j++) {
      // annotatorIds ascend, so the pair's lower id comes first.
      const tally = pairTally(tallies, annotatorIds[i]!, annotatorIds[j]!);
      tally.documents++;
      const overlaps = addMatches(tally.entities, entities, i, j, tally.entitiesByLabel) + addMatches(tally.claims, claims, i, j);
      const spanCount = entityCounts[i]! + entityCounts[j]! + claimCounts[i]! + claimCounts[j]!;
      // A pair that marked nothing in a document agrees on it fully.
      f1Sum += spanCount === 0 ? 1 : (2 * overlaps) / spanCount;
      pairCount++;
    }
  }
  tallies.overlapF1ByDocument.set(document.id, pairCount === 0 ? 1 : f1Sum / pairCount);
}

/**
 * Span F1 pooled over the documents each pair of annotators both submitted (computePooledSpanF1's
 * micro-average), then averaged over pairs; pairs without a shared document are left out of the
 * mean and counted in its detail.
 */
export function summarizeSpanAgreement(tallies: SpanTallies, data: AgreementData): SpanAgreement {
  const { byPair, overlapF1ByDocument } = tallies;
  const average = (tallyOf: (tally: PairTally) => MatchTally | undefined): SpanF1View => {
    const mean = (mode: "exact" | "overlap") =>
      averageOverAnnotatorPairs(data.annotators, (a, b) => {
        const tally = byPair.get(a.id)?.get(b.id);
        return tally ? toF1Figure(tallyOf(tally) ?? emptyTally(), mode) : noSharedDocument;
      });
    return { exact: mean("exact"), overlap: mean("overlap") };
  };
  const labels = new Set(data.entityTypeKeys);
  for (const withA of byPair.values()) {
    for (const tally of withA.values()) for (const label of tally.entitiesByLabel.keys()) labels.add(label);
  }
  const entitiesF1ByLabel = new Map<string, SpanF1View>();
  for (const label of labels) entitiesF1ByLabel.set(label, average((tally) => tally.entitiesByLabel.get(label)));

  const pairs: PairAgreement[] = [];
  for (const [index, a] of data.annotators.entries()) {
    for (const b of data.annotators.slice(index + 1)) {
      const tally = byPair.get(a.id)?.get(b.id);
      if (!tally) continue;
      const both = (counts: MatchTally) => ({ exact: toF1Figure(counts, "exact"), overlap: toF1Figure(counts, "overlap") });
      pairs.push({ a, b, documents: tally.documents, entitiesF1: both(tally.entities), claimsF1: both(tally.claims) });
    }
  }
  return {
    entitiesF1: average((tally) => tally.entities),
    entitiesF1ByLabel,
    claimsF1: average((tally) => tally.claims),
    pairs,
    overlapF1ByDocument,
  };
}

const noSharedDocument = notComputable("The two annotators submitted no document in common");
const emptyTally = (): MatchTally => ({ exact: 0, overlap: 0, first: 0, second: 0 });

/** The figure computePooledSpanF1 gives for these sums: 2·matches / (|first| + |second|). */
function toF1Figure(tally: MatchTally, mode: "exact" | "overlap"): AgreementFigure<SpanF1Detail> {
  const { first: firstCount, second: secondCount } = tally;
  if (firstCount + secondCount === 0) return notComputable("Neither annotator marked a span");
  const matchCount = tally[mode];
  return computedFigure((2 * matchCount) / (firstCount + secondCount), { matchCount, firstCount, secondCount });
}

/** Adds one document's matches between coders a and b, label by label; returns its overlap matches. */
function addMatches(total: MatchTally, groups: SpanGroups, a: number, b: number, byLabel?: Map<string, MatchTally>): number {
  let overlapSum = 0;
  for (let group = 0; group < groups.labels.length; group++) {
    const sizeA = groupFrom(groups, group, a + 1) - groupFrom(groups, group, a);
    const sizeB = groupFrom(groups, group, b + 1) - groupFrom(groups, group, b);
    if (sizeA + sizeB === 0) continue;
    const exact = countGroupMatches(groups, group, a, b, "exact");
    const overlap = countGroupMatches(groups, group, a, b, "overlap");
    overlapSum += overlap;
    addCounts(total, exact, overlap, sizeA, sizeB);
    if (byLabel) addCounts(labelTally(byLabel, groups.labels[group]!), exact, overlap, sizeA, sizeB);
  }
  return overlapSum;
}

function addCounts(tally: MatchTally, exact: number, overlap: number, first: number, second: number): void {
  tally.exact += exact;
  tally.overlap += overlap;
  tally.first += first;
  tally.second += second;
}

function labelTally(byLabel: Map<string, MatchTally>, label: string): MatchTally {
  let tally = byLabel.get(label);
  if (!tally) byLabel.set(label, (tally = emptyTally()));
  return tally;
}

/** How many spans each coder marked, over all labels. */
function spansPerCoder(groups: SpanGroups): number[] {
  const counts = new Array<number>(groups.coderCount).fill(0);
  for (let group = 0; group < groups.labels.length; group++) {
    for (let coder = 0; coder < groups.coderCount; coder++) {
      counts[coder]! += groupFrom(groups, group, coder + 1) - groupFrom(groups, group, coder);
    }
  }
  return counts;
}
