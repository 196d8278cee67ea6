import type { LabeledSpan } from "./labeled-span";

/** `exact`: same start, end and label. `overlap`: same label and at least one shared character. */
export type SpanMatchMode = "exact" | "overlap";

/** The size of a maximum one-to-one matching between two annotators' spans in one document. */
export function countSpanMatches(
  first: ReadonlyArray<LabeledSpan>,
  second: ReadonlyArray<LabeledSpan>,
  mode: SpanMatchMode,
): number {
  if (first.length === 0 || second.length === 0) return 0;
  // One span against the rest (most labels in a document): it matches once if it matches at all.
  if (first.length === 1 || second.length === 1) {
    const [single, others] = first.length === 1 ? [first[0]!, second] : [second[0]!, first];
    const matches = mode === "exact" ? isSameSpan : isOverlapping;
    for (const other of others) if (matches(single, other)) return 1;
    return 0;
  }
  return mode === "exact" ? countExactMatches(first, second) : countOverlapMatches(first, second);
}

const isSameSpan = (a: LabeledSpan, b: LabeledSpan) => a.start === b.start && a.end === b.end && a.label === b.label;
const isOverlapping = (a: LabeledSpan, b: LabeledSpan) => a.label === b.label && a.start < b.end && b.start < a.end;

/**
 * Greedy is maximum here: "same span" is an equivalence, so the match graph is a union of
 * complete bipartite blocks, one per (start, end, label), and pairing any unmatched equal spans
 * takes min(|first_key|, |second_key|) from each block, the most any matching can. A duplicated
 * span therefore matches at most once per copy on the other side. Quadratic scans beat hashing
 * for the tens of spans a document holds.
 */
function countExactMatches(first: ReadonlyArray<LabeledSpan>, second: ReadonlyArray<LabeledSpan>): number {
  // Plain arrays: a typed array costs more to allocate than these few spans cost to scan.
  const taken = new Array<boolean>(first.length).fill(false);
  let matches = 0;
  for (const b of second) {
    for (let a = 0; a < first.length; a++) {
      if (!taken[a] && isSameSpan(first[a]!, b)) {
        taken[a] = true;
        matches++;
        break;
      }
    }
  }
  return matches;
}

/**
 * A span can overlap several on the other side, so first-fit pairing can take the partner another
 * span needed. This is Kuhn's augmenting-path matching, seeded with a first-fit pass: a span that
 * finds no augmenting path never gains one later, so one attempt per still-unmatched span ends
 * with no augmenting path left, which (Berge) means the matching is maximum.
 */
function countOverlapMatches(first: ReadonlyArray<LabeledSpan>, second: ReadonlyArray<LabeledSpan>): number {
  const partnerOfSecond = new Array<number>(second.length).fill(-1);
  const unmatched: number[] = [];
  let matches = 0;
  for (let a = 0; a < first.length; a++) {
    const span = first[a]!;
    let b = 0;
    while (b < second.length && (partnerOfSecond[b] !== -1 || !isOverlapping(span, second[b]!))) b++;
    if (b < second.length) {
      partnerOfSecond[b] = a;
      matches++;
    } else unmatched.push(a);
  }
  if (unmatched.length === 0 || matches === second.length) return matches;

  // visitedIn[b] === round marks b as tried in this round, so no clearing between rounds.
  const search: AugmentingSearch = { first, second, partnerOfSecond, visitedIn: new Array<number>(second.length).fill(-1) };
  for (let round = 0; round < unmatched.length; round++) if (augment(search, unmatched[round]!, round)) matches++;
  return matches;
}

interface AugmentingSearch {
  first: ReadonlyArray<LabeledSpan>;
  second: ReadonlyArray<LabeledSpan>;
  partnerOfSecond: number[];
  visitedIn: number[];
}

/** Kuhn's step: finds `first[a]` a partner, moving other spans to partners of their own if need be. */
function augment(search: AugmentingSearch, a: number, round: number): boolean {
  const { first, second, partnerOfSecond, visitedIn } = search;
  const span = first[a]!;
  for (let b = 0; b < second.length; b++) {
    if (visitedIn[b] === round || !isOverlapping(span, second[b]!)) continue;
    visitedIn[b] = round;
    const partner = partnerOfSecond[b]!;
    if (partner === -1 || augment(search, partner, round)) {
      partnerOfSecond[b] = a;
      return true;
    }
  }
  return false;
}
