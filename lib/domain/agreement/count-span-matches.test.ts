import { describe, expect, it } from "vitest";
import { countSpanMatches } from "./count-span-matches";
import type { LabeledSpan } from "./labeled-span";

const span = (start: number, end: number, label = "claim"): LabeledSpan => ({ start, end, label });

/** The largest one-to-one matching by trying every assignment; fine for a handful of spans. */
function maximumMatchingByExhaustion(first: LabeledSpan[], second: LabeledSpan[], taken = new Set<number>()): number {
  const [head, ...rest] = first;
  if (!head) return 0;
  let best = maximumMatchingByExhaustion(rest, second, taken);
  second.forEach((other, index) => {
    if (taken.has(index) || other.label !== head.label || !(head.start < other.end && other.start < head.end)) return;
    taken.add(index);
    best = Math.max(best, 1 + maximumMatchingByExhaustion(rest, second, taken));
    taken.delete(index);
  });
  return best;
}

describe("countSpanMatches", () => {
  it("exact: needs the same start, end and label, and matches a duplicated span once", () => {
    expect(countSpanMatches([span(0, 5), span(10, 20)], [span(0, 5), span(10, 21)], "exact")).toBe(1);
    expect(countSpanMatches([span(0, 5, "GPE")], [span(0, 5, "PER")], "exact")).toBe(0);
    expect(countSpanMatches([span(0, 5), span(0, 5)], [span(0, 5)], "exact")).toBe(1);
    expect(countSpanMatches([span(0, 5), span(0, 5)], [span(0, 5), span(0, 5)], "exact")).toBe(2);
  });

  it("exact: keeps labels with colons apart", () => {
    expect(countSpanMatches([span(1, 2, "a:b")], [span(1, 2, "a:b")], "exact")).toBe(1);
    expect(countSpanMatches([span(1, 2, "3:x")], [span(1, 23, "x")], "exact")).toBe(0);
  });

  it("overlap: needs a shared character and the same label; touching spans share none", () => {
    expect(countSpanMatches([span(0, 10)], [span(9, 12)], "overlap")).toBe(1);
    expect(countSpanMatches([span(0, 10)], [span(10, 12)], "overlap")).toBe(0);
    expect(countSpanMatches([span(0, 10, "GPE")], [span(0, 10, "PER")], "overlap")).toBe(0);
  });

  it("overlap: finds the maximum matching where greedy pairing on best overlap finds fewer", () => {
    // Greedy gives a1 its best partner b1 (4 shared characters) and leaves a2 without one.
    const first = [span(0, 10), span(8, 20)];
    const second = [span(5, 9), span(0, 3)];
    expect(countSpanMatches(first, second, "overlap")).toBe(2);
  });

  it("overlap: equals the exhaustive maximum on random crowded documents", () => {
    let seed = 3;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const randomSpans = () =>
      Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const start = Math.floor(next() * 30);
        return span(start, start + 1 + Math.floor(next() * 10), next() < 0.8 ? "claim" : "GPE");
      });
    for (let trial = 0; trial < 400; trial++) {
      const [first, second] = [randomSpans(), randomSpans()];
      expect(countSpanMatches(first, second, "overlap")).toBe(maximumMatchingByExhaustion(first, second));
    }
  });

  it("overlap: matches one-to-one, so a long span covering two short ones matches once", () => {
    expect(countSpanMatches([span(0, 100)], [span(0, 10), span(20, 30)], "overlap")).toBe(1);
    expect(countSpanMatches([span(0, 10), span(20, 30)], [span(0, 100)], "overlap")).toBe(1);
  });
});
