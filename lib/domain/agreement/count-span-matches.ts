import type { LabeledSpan } from "./labeled-span";
import { type SpanGroups, groupFrom, groupLabeledSpans } from "./span-groups";

/** `exact`: same start, end and label. `overlap`: same label and at least one shared character. */
export type SpanMatchMode = "exact" | "overlap";

/** The size of a maximum one-to-one matching between two annotators' spans in one document. */
export function countSpanMatches(
  first: ReadonlyArray<LabeledSpan>,
  second: ReadonlyArray<LabeledSpan>,
  mode: SpanMatchMode,
): number {
  const groups = groupLabeledSpans([first, second]);
  let matches = 0;
  for (let group = 0; group < groups.labels.length; group++) matches += countGroupMatches(groups, group, 0, 1, mode);
  return matches;
}

/**
 * The size of a maximum one-to-one matching between coders `a` and `b` within one label group (a
 * match never crosses labels, so the document's matching is the sum over its groups).
 */
export function countGroupMatches(groups: SpanGroups, group: number, a: number, b: number, mode: SpanMatchMode): number {
  const range: MatchRange = {
    starts: groups.starts,
    ends: groups.ends,
    fromA: groupFrom(groups, group, a),
    toA: groupFrom(groups, group, a + 1),
    fromB: groupFrom(groups, group, b),
    toB: groupFrom(groups, group, b + 1),
  };
  if (range.fromA === range.toA || range.fromB === range.toB) return 0;
  return mode === "exact" ? countExactMatches(range) : countOverlapMatches(range);
}

/** Two coders' spans of one label: positions fromA..toA−1 and fromB..toB−1, each sorted by start, then end. */
interface MatchRange {
  starts: readonly number[];
  ends: readonly number[];
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

const overlaps = ({ starts, ends }: MatchRange, a: number, b: number) => starts[a]! < ends[b]! && starts[b]! < ends[a]!;

/**
 * "Same span" is an equivalence, so a maximum matching pairs min(|A_p|, |B_p|) spans at each
 * position p. Both sides are sorted by position, so one merge walk pairs them: a duplicated span
 * matches at most once per copy on the other side.
 */
function countExactMatches(range: MatchRange): number {
  const { starts, ends, toA, toB } = range;
  let a = range.fromA;
  let b = range.fromB;
  let matches = 0;
  while (a < toA && b < toB) {
    const order = starts[a]! - starts[b]! || ends[a]! - ends[b]!;
    if (order === 0) {
      matches++;
      a++;
      b++;
    } else if (order < 0) a++;
    else b++;
  }
  return matches;
}

/**
 * A span can overlap several on the other side, so first-fit pairing can take the partner another
 * span needed. This is Kuhn's augmenting-path matching, seeded with a first-fit pass: a span that
 * finds no augmenting path never gains one later, so one attempt per still-unmatched span ends
 * with no augmenting path left, which (Berge) means the matching is maximum.
 */
function countOverlapMatches(range: MatchRange): number {
  const { fromA, toA, fromB, toB } = range;
  // One span against the rest (most labels in a document): it matches once if it overlaps any.
  if (toA - fromA === 1 || toB - fromB === 1) {
    for (let a = fromA; a < toA; a++) for (let b = fromB; b < toB; b++) if (overlaps(range, a, b)) return 1;
    return 0;
  }
  // Plain arrays: a typed array costs more to allocate than these few spans cost to scan.
  const partnerOfB = new Array<number>(toB - fromB).fill(-1);
  const unmatched: number[] = [];
  let matches = 0;
  for (let a = fromA; a < toA; a++) {
    let b = fromB;
    while (b < toB && (partnerOfB[b - fromB] !== -1 || !overlaps(range, a, b))) b++;
    if (b < toB) {
      partnerOfB[b - fromB] = a;
      matches++;
    } else unmatched.push(a);
  }
  if (unmatched.length === 0 || matches === toB - fromB) return matches;

  // visitedIn[b] === round marks b as tried in this round, so no clearing between rounds.
  const search: AugmentingSearch = { range, partnerOfB, visitedIn: new Array<number>(toB - fromB).fill(-1) };
  for (let round = 0; round < unmatched.length; round++) if (augment(search, unmatched[round]!, round)) matches++;
  return matches;
}

interface AugmentingSearch {
  range: MatchRange;
  /** By b − fromB: the span of A matched to b, or −1. */
  partnerOfB: number[];
  visitedIn: number[];
}

/** Kuhn's step: finds span `a` a partner, moving other spans to partners of their own if need be. */
function augment(search: AugmentingSearch, a: number, round: number): boolean {
  const { range, partnerOfB, visitedIn } = search;
  for (let b = range.fromB; b < range.toB; b++) {
    const slot = b - range.fromB;
    if (visitedIn[slot] === round || !overlaps(range, a, b)) continue;
    visitedIn[slot] = round;
    const partner = partnerOfB[slot]!;
    if (partner === -1 || augment(search, partner, round)) {
      partnerOfB[slot] = a;
      return true;
    }
  }
  return false;
}
