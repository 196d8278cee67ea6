import { describe, expect, it } from "vitest";
import { LengthCounts } from "./length-counts";
import { groupLabeledSpans } from "./span-groups";
import {
  type CoderUnits,
  findSpanGroupsProblem,
  fillMergedUnits,
  countGapLengths,
  sumPairDisagreement,
} from "./unitizing-segments";

const unitsOf = (...pairs: [number, number][]): CoderUnits => ({
  starts: pairs.map(([start]) => start),
  ends: pairs.map(([, end]) => end),
  count: pairs.length,
  mergedSpanCount: 0,
});
const held = (units: CoderUnits) => ({
  starts: units.starts.slice(0, units.count),
  ends: units.ends.slice(0, units.count),
  mergedSpanCount: units.mergedSpanCount,
});

/** Krippendorff's δ² summed over every pair of segments (units and gaps), as the book defines it. */
function sumPairDisagreementByDefinition(first: CoderUnits, second: CoderUnits, length: number): number {
  const segments = (units: CoderUnits) => {
    const all: { start: number; end: number; isUnit: boolean }[] = [];
    let position = 0;
    units.starts.forEach((start, k) => {
      if (start > position) all.push({ start: position, end: start, isUnit: false });
      all.push({ start, end: units.ends[k] ?? start, isUnit: true });
      position = units.ends[k] ?? start;
    });
    if (position < length) all.push({ start: position, end: length, isUnit: false });
    return all;
  };
  let sum = 0;
  for (const g of segments(first)) {
    for (const h of segments(second)) {
      const beginDiff = g.start - h.start;
      const [lengthG, lengthH] = [g.end - g.start, h.end - h.start];
      if (g.isUnit && h.isUnit && -lengthG < beginDiff && beginDiff < lengthH) sum += beginDiff ** 2 + (g.end - h.end) ** 2;
      else if (g.isUnit && !h.isUnit && lengthH - lengthG >= beginDiff && beginDiff >= 0) sum += lengthG ** 2;
      else if (!g.isUnit && h.isUnit && lengthH - lengthG <= beginDiff && beginDiff <= 0) sum += lengthH ** 2;
    }
  }
  return sum;
}

function randomUnits(next: () => number, length: number): CoderUnits {
  const pairs: [number, number][] = [];
  let position = Math.floor(next() * 10);
  while (position < length - 1) {
    const end = Math.min(length, position + 1 + Math.floor(next() * 15));
    pairs.push([position, end]);
    position = end + Math.floor(next() * 12); // sometimes 0: abutting units
  }
  return unitsOf(...pairs);
}

describe("sumPairDisagreement", () => {
  it("reproduces Krippendorff's distances for single pairs", () => {
    expect(sumPairDisagreement(unitsOf([225, 295]), unitsOf([220, 300]))).toBe(50);
    expect(sumPairDisagreement(unitsOf([370, 400]), unitsOf([355, 375]))).toBe(850);
    expect(sumPairDisagreement(unitsOf(), unitsOf([400, 420]))).toBe(400);
    expect(sumPairDisagreement(unitsOf([5, 11]), unitsOf([5, 11]))).toBe(0);
  });

  it("equals the all-segment-pairs definition on random unitizations", () => {
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 300; trial++) {
      const length = 20 + Math.floor(next() * 100);
      const [first, second] = [randomUnits(next, length), randomUnits(next, length)];
      expect(sumPairDisagreement(first, second)).toBe(sumPairDisagreementByDefinition(first, second, length));
    }
  });
});

describe("fillMergedUnits", () => {
  it("merges overlapping units, keeps abutting units apart and reuses the arrays", () => {
    const units = unitsOf([99, 100]);
    const sorted = { starts: [0, 5, 12, 30, 2], ends: [10, 12, 20, 40, 8] };
    fillMergedUnits(units, sorted, 0, 4);
    expect(held(units)).toEqual({ starts: [0, 12, 30], ends: [12, 20, 40], mergedSpanCount: 1 });
    fillMergedUnits(units, sorted, 4, 5);
    expect(held(units)).toEqual({ starts: [2], ends: [8], mergedSpanCount: 0 });
  });
});

describe("countGapLengths", () => {
  it("counts the gaps between units and the document's ends, and the whole text for a coder without units", () => {
    const gaps = new LengthCounts();
    countGapLengths(unitsOf([0, 5], [5, 8], [10, 20]), 25, gaps);
    countGapLengths(unitsOf(), 7, gaps);
    countGapLengths(unitsOf([3, 5]), 7, gaps);
    const { lengths, counts } = gaps.sorted();
    expect([...lengths]).toEqual([2, 3, 5, 7]);
    expect([...counts]).toEqual([2, 1, 1, 1]);
  });
});

describe("findSpanGroupsProblem", () => {
  it("accepts a sound document and names the coder of a bad span", () => {
    const withSecondCoderSpan = (start: number, end: number) => groupLabeledSpans([[], [{ start, end, label: "x" }]]);
    expect(findSpanGroupsProblem(withSecondCoderSpan(0, 10), 10, 0, 2)).toBeNull();
    expect(findSpanGroupsProblem(withSecondCoderSpan(3, 3), 10, 4, 2)).toMatch(/Document 5, coder 2/);
    expect(findSpanGroupsProblem(withSecondCoderSpan(1.5, 3), 10, 0, 2)).toMatch(/coder 2/);
    expect(findSpanGroupsProblem(withSecondCoderSpan(8, 11), 10, 0, 2)).toMatch(/coder 2/);
    expect(findSpanGroupsProblem(withSecondCoderSpan(0, 5), 10, 0, 3)).toMatch(/2 coders and document 1 has 3/);
    expect(findSpanGroupsProblem(withSecondCoderSpan(0, 5), 0, 0, 2)).toMatch(/length 0/);
  });
});
