import type { LabeledSpan } from "./labeled-span";
import { type SpanGroups, groupFrom } from "./span-groups";
import type { LengthCounts } from "./length-counts";

/** One continuum (a document, `length` code points long) unitized by every coder. */
export interface UnitizedDocument {
  length: number;
  /** One span list per coder; a coder keeps the same index in every document. */
  spansByCoder: ReadonlyArray<ReadonlyArray<LabeledSpan>>;
}

/**
 * One coder's units of one label in one document: sorted by start and pairwise disjoint. The first
 * `count` entries of `starts` and `ends` hold them, so that the arrays can be reused.
 */
export interface CoderUnits {
  starts: number[];
  ends: number[];
  count: number;
  /** Spans absorbed into an overlapping span (see fillMergedUnits). */
  mergedSpanCount: number;
}

/** Why a document (its spans grouped) cannot enter the computation, or null when it can. */
export function findSpanGroupsProblem(groups: SpanGroups, length: number, index: number, coderCount: number): string | null {
  if (!Number.isInteger(length) || length <= 0) {
    return `Document ${index + 1} has length ${length}; a continuum needs a whole number of positions > 0`;
  }
  if (groups.coderCount !== coderCount) {
    return `Document ${index + 1} has ${groups.coderCount} coders and document 1 has ${coderCount}; every document needs the same coders`;
  }
  const { starts, ends } = groups;
  for (let group = 0; group < groups.labels.length; group++) {
    for (let coder = 0; coder < coderCount; coder++) {
      for (let k = groupFrom(groups, group, coder); k < groupFrom(groups, group, coder + 1); k++) {
        const start = starts[k]!;
        const end = ends[k]!;
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
          return `Document ${index + 1}, coder ${coder + 1}: span [${start}, ${end}) is not a non-empty part of [0, ${length})`;
        }
      }
    }
  }
  return null;
}

/**
 * Replaces `units` with the union of the spans at positions from..to−1 of `sorted` (one coder's
 * spans of one label, sorted by position): overlapping spans merge, abutting ones stay apart.
 * Reuses the arrays, so that a walk over many documents allocates nothing here.
 */
export function fillMergedUnits(units: CoderUnits, sorted: Pick<SpanGroups, "starts" | "ends">, from: number, to: number): void {
  const { starts, ends } = units;
  let filled = 0;
  let merged = 0;
  for (let k = from; k < to; k++) {
    const start = sorted.starts[k]!;
    const end = sorted.ends[k]!;
    const lastEnd = filled > 0 ? ends[filled - 1]! : -1;
    if (start < lastEnd) {
      ends[filled - 1] = Math.max(lastEnd, end);
      merged++;
    } else {
      starts[filled] = start;
      ends[filled] = end;
      filled++;
    }
  }
  units.count = filled;
  units.mergedSpanCount = merged;
}

/**
 * Σ δ² between two coders' units of one label (Krippendorff 2004, §12.4): two overlapping units
 * cost (Δstart)² + (Δend)²; a unit lying wholly in the other coder's gap, i.e. overlapping none of
 * their units, costs its length²; everything else (gap against gap, a unit only partly in a gap)
 * costs 0. A two-pointer walk meets every overlapping pair, so this is linear in the units.
 */
export function sumPairDisagreement(first: CoderUnits, second: CoderUnits): number {
  const { starts: startsA, ends: endsA } = first;
  const { starts: startsB, ends: endsB } = second;
  let sum = 0;
  let i = 0;
  let j = 0;
  // Whether the current unit of each coder has met an overlapping unit of the other.
  let hitA = false;
  let hitB = false;
  while (i < first.count && j < second.count) {
    const startA = startsA[i] ?? 0;
    const endA = endsA[i] ?? 0;
    const startB = startsB[j] ?? 0;
    const endB = endsB[j] ?? 0;
    if (startA < endB && startB < endA) {
      sum += (startA - startB) ** 2 + (endA - endB) ** 2;
      hitA = hitB = true;
    }
    if (endA <= endB) {
      if (!hitA) sum += (endA - startA) ** 2;
      i++;
      hitA = false;
    } else {
      if (!hitB) sum += (endB - startB) ** 2;
      j++;
      hitB = false;
    }
  }
  return sum + sumSquaresFrom(first, i, hitA) + sumSquaresFrom(second, j, hitB);
}

/** Squared lengths of the units from `index` on, skipping the first if it already met a partner. */
function sumSquaresFrom(units: CoderUnits, index: number, firstWasHit: boolean): number {
  let sum = 0;
  for (let k = firstWasHit ? index + 1 : index; k < units.count; k++) {
    sum += ((units.ends[k] ?? 0) - (units.starts[k] ?? 0)) ** 2;
  }
  return sum;
}

/** Counts the lengths of the gaps between a coder's units and the document's ends, by length. */
export function countGapLengths(units: CoderUnits, documentLength: number, counts: LengthCounts): void {
  let position = 0;
  for (let k = 0; k < units.count; k++) {
    const start = units.starts[k] ?? position;
    if (start > position) counts.add(start - position);
    position = units.ends[k] ?? position;
  }
  if (documentLength > position) counts.add(documentLength - position);
}
