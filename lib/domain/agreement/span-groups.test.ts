import { describe, expect, it } from "vitest";
import type { LabeledSpan } from "./labeled-span";
import { type SpanGroups, groupFrom, groupLabeledSpans, groupSpanColumns, viewGroupedSpanColumns } from "./span-groups";

const span = (start: number, end: number, label: string): LabeledSpan => ({ start, end, label });

/** Each (label, coder)'s spans as [start, end] pairs, read back through the offsets. */
function spansOf(groups: SpanGroups): Record<string, [number, number][][]> {
  const read: Record<string, [number, number][][]> = {};
  groups.labels.forEach((label, group) => {
    read[label] = Array.from({ length: groups.coderCount }, (_, coder) => {
      const pairs: [number, number][] = [];
      for (let k = groupFrom(groups, group, coder); k < groupFrom(groups, group, coder + 1); k++) {
        pairs.push([groups.starts[k]!, groups.ends[k]!]);
      }
      return pairs;
    });
  });
  return read;
}

describe("groupLabeledSpans", () => {
  it("groups by label in order of first appearance, then by coder, sorted by start and end", () => {
    const groups = groupLabeledSpans([
      [span(30, 40, "PER"), span(0, 5, "LOC"), span(10, 20, "PER"), span(10, 15, "PER")],
      [span(2, 4, "ORG"), span(12, 20, "PER")],
      [],
    ]);
    expect(groups.coderCount).toBe(3);
    expect(groups.labels).toEqual(["PER", "LOC", "ORG"]);
    expect(spansOf(groups)).toEqual({
      PER: [[[10, 15], [10, 20], [30, 40]], [[12, 20]], []],
      LOC: [[[0, 5]], [], []],
      ORG: [[], [[2, 4]], []],
    });
    expect(groups.offsets).toEqual([0, 3, 4, 4, 5, 5, 5, 5, 6, 6]);
  });

  it("keeps duplicates and handles no spans at all", () => {
    expect(spansOf(groupLabeledSpans([[span(1, 2, "a"), span(1, 2, "a")], [span(1, 2, "a")]]))).toEqual({
      a: [[[1, 2], [1, 2]], [[1, 2]]],
    });
    expect(groupLabeledSpans([[], []])).toEqual({ coderCount: 2, labels: [], offsets: [0], starts: [], ends: [] });
  });
});

describe("groupSpanColumns", () => {
  it("groups many labels (past the linear search) the same way, naming each key once", () => {
    const count = 200;
    const keys = Array.from({ length: count }, (_, k) => (k * 7) % 40);
    const named: number[] = [];
    const groups = groupSpanColumns(
      { coders: keys.map((_, k) => k % 2), keys, starts: keys.map((_, k) => count - k), ends: keys.map((_, k) => count - k + 3), count },
      2,
      (key) => {
        named.push(key);
        return `label ${key}`;
      },
    );
    expect(named).toEqual([...new Set(keys)]);
    expect(groups.labels).toHaveLength(40);
    const read = spansOf(groups);
    for (const [group, key] of named.entries()) {
      for (const coder of [0, 1]) {
        const expected = keys
          .map((k, index) => ({ k, index }))
          .filter(({ k, index }) => k === key && index % 2 === coder)
          .map(({ index }): [number, number] => [count - index, count - index + 3])
          .sort((a, b) => a[0] - b[0]);
        expect(read[`label ${key}`]?.[coder]).toEqual(expected);
        expect(groupFrom(groups, group, coder)).toBeLessThanOrEqual(groupFrom(groups, group, coder + 1));
      }
    }
  });
});

describe("viewGroupedSpanColumns", () => {
  // Two coders; label keys 7 and 9; already in (label, coder, start, end) order from position 1 on.
  const columns = {
    coders: [0, 0, 0, 1, 1, 1],
    keys: [5, 7, 7, 7, 9, 9],
    starts: [0, 1, 4, 2, 0, 3],
    ends: [9, 3, 6, 5, 1, 8],
    count: 6,
  };
  const name = (key: number) => `k${key}`;

  it("points into the columns without copying them", () => {
    const groups = groupsOrFail(viewGroupedSpanColumns(columns, 1, 6, 2, name));
    expect(groups.starts).toBe(columns.starts);
    expect(groups.labels).toEqual(["k7", "k9"]);
    expect(spansOf(groups)).toEqual({ k7: [[[1, 3], [4, 6]], [[2, 5]]], k9: [[], [[0, 1], [3, 8]]] });
    expect(groupsOrFail(viewGroupedSpanColumns(columns, 6, 6, 2, name)).labels).toEqual([]);
  });

  it("gives up on columns out of that order", () => {
    const changed = (column: "coders" | "keys" | "starts", index: number, value: number) => {
      const copy = { ...columns, [column]: columns[column].map((v, k) => (k === index ? value : v)) };
      return viewGroupedSpanColumns(copy, 1, 6, 2, name);
    };
    expect(changed("starts", 5, 1)).not.toBeNull(); // Still sorted: [0, 1) before [1, 8).
    expect(changed("keys", 2, 9)).toBeNull(); // 7, 9, 7: label 7 in two runs.
    expect(changed("coders", 1, 1)).toBeNull(); // Coder 1 before coder 0.
    expect(changed("coders", 3, -1)).toBeNull(); // A span of no coder.
    expect(changed("starts", 2, 0)).toBeNull(); // Coder 0's spans not sorted by start.
  });
});

function groupsOrFail(groups: SpanGroups | null): SpanGroups {
  if (!groups) throw new Error("Expected groups");
  return groups;
}
