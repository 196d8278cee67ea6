import type { LabeledSpan } from "./labeled-span";

/**
 * One document's spans of one layer by label, then by coder, each coder's spans of a label sorted
 * by start, then end: the shape that span matching and unitizing alpha walk, so that a document is
 * grouped once and no span becomes an object. Coder c's spans of labels[g] are the positions
 * offsets[g·coderCount + c] up to (not including) offsets[g·coderCount + c + 1] of starts and ends.
 */
export interface SpanGroups {
  coderCount: number;
  /** In order of first appearance in the columns the groups were made from. */
  labels: string[];
  offsets: number[];
  starts: readonly number[];
  ends: readonly number[];
}

/** Parallel columns of spans: span k has coder coders[k] (0-based), label key keys[k], starts[k] and ends[k]. */
export interface SpanColumns<Key> {
  coders: ArrayLike<number>;
  keys: ArrayLike<Key>;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  count: number;
}

/** The first span of coder `coder` labelled labels[group] in `groups`; the next coder's first ends it. */
export const groupFrom = (groups: SpanGroups, group: number, coder: number): number =>
  groups.offsets[group * groups.coderCount + coder]!;

/**
 * Groups span columns: label keys (any value a Map could hold) become groups in order of first
 * appearance, spans go to their (group, coder) by counting sort, then each coder's spans of a group
 * are sorted by position (insertion sort: a handful, mostly in order). `nameOf` names each key once.
 */
export function groupSpanColumns<Key>(columns: SpanColumns<Key>, coderCount: number, nameOf: (key: Key) => string): SpanGroups {
  const { coders, keys, starts, ends, count } = columns;
  // A document holds few labels, for which a linear search beats a Map; past a few, a Map takes over.
  const groupKeys: Key[] = [];
  let groupIndex: Map<Key, number> | undefined;
  const groupOf = new Array<number>(count);
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    let group = groupIndex ? (groupIndex.get(key) ?? -1) : groupKeys.indexOf(key);
    if (group === -1) {
      group = groupKeys.push(key) - 1;
      if (groupIndex) groupIndex.set(key, group);
      else if (groupKeys.length > linearSearchLimit) groupIndex = new Map(groupKeys.map((known, index) => [known, index]));
    }
    groupOf[k] = group;
  }
  const bucketCount = groupKeys.length * coderCount;
  const offsets = new Array<number>(bucketCount + 1).fill(0);
  for (let k = 0; k < count; k++) offsets[groupOf[k]! * coderCount + coders[k]! + 1]!++;
  for (let bucket = 0; bucket < bucketCount; bucket++) offsets[bucket + 1]! += offsets[bucket]!;

  const next = offsets.slice(0, bucketCount);
  const sortedStarts = new Array<number>(count);
  const sortedEnds = new Array<number>(count);
  for (let k = 0; k < count; k++) {
    const position = next[groupOf[k]! * coderCount + coders[k]!]!++;
    sortedStarts[position] = starts[k]!;
    sortedEnds[position] = ends[k]!;
  }
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    sortByPosition(sortedStarts, sortedEnds, offsets[bucket]!, offsets[bucket + 1]!);
  }
  return { coderCount, labels: groupKeys.map(nameOf), offsets, starts: sortedStarts, ends: sortedEnds };
}

/**
 * SpanGroups over columns that come grouped already, as an index in (label, coder, start, end)
 * order hands them over: each label's spans together, by coder in ascending order, each coder's
 * sorted by position. Nothing is copied: the groups point into the columns, positions from..to−1.
 * Null when the columns are not in that order (a label in two runs, a coder out of turn or −1, a
 * span out of place), for groupSpanColumns to sort.
 */
export function viewGroupedSpanColumns<Key>(
  columns: SpanColumns<Key> & { starts: readonly number[]; ends: readonly number[] },
  from: number,
  to: number,
  coderCount: number,
  nameOf: (key: Key) => string,
): SpanGroups | null {
  const { coders, keys, starts, ends } = columns;
  const groupKeys: Key[] = [];
  const offsets: number[] = [];
  let k = from;
  while (k < to) {
    const key = keys[k]!;
    if (groupKeys.includes(key)) return null;
    groupKeys.push(key);
    for (let coder = 0; coder < coderCount; coder++) {
      offsets.push(k);
      for (let first = k; k < to && keys[k] === key && coders[k] === coder; k++) {
        if (k > first && (starts[k]! < starts[k - 1]! || (starts[k] === starts[k - 1] && ends[k]! < ends[k - 1]!))) return null;
      }
    }
    if (k < to && keys[k] === key) return null;
  }
  offsets.push(to);
  return { coderCount, labels: groupKeys.map(nameOf), offsets, starts, ends };
}

const linearSearchLimit = 16;

/** Groups one list of labelled spans per coder (coder c: spansByCoder[c]). */
export function groupLabeledSpans(spansByCoder: ReadonlyArray<ReadonlyArray<LabeledSpan>>): SpanGroups {
  const all = spansByCoder.flatMap((spans, coder) => spans.map((span) => ({ ...span, coder })));
  const columns: SpanColumns<string> = {
    coders: all.map((span) => span.coder),
    keys: all.map((span) => span.label),
    starts: all.map((span) => span.start),
    ends: all.map((span) => span.end),
    count: all.length,
  };
  return groupSpanColumns(columns, spansByCoder.length, (label) => label);
}

/** Sorts positions from..to−1 of the two columns by start, then end, together. */
function sortByPosition(starts: number[], ends: number[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    let j = i - 1;
    while (j >= from && (starts[j]! > start || (starts[j] === start && ends[j]! > end))) {
      starts[j + 1] = starts[j]!;
      ends[j + 1] = ends[j]!;
      j--;
    }
    starts[j + 1] = start;
    ends[j + 1] = end;
  }
}
