import { describe, expect, it } from "vitest";
import type { LabeledSpan } from "./labeled-span";
import { computePooledSpanF1, computeSpanF1 } from "./span-f1";

const span = (start: number, end: number, label = "claim"): LabeledSpan => ({ start, end, label });
const alice = [span(0, 5), span(10, 20), span(30, 40, "GPE")];
const bob = [span(0, 5), span(10, 21), span(30, 40, "PER")];

describe("computeSpanF1", () => {
  it("is 2·matches / (|first| + |second|) in either mode", () => {
    const exact = computeSpanF1(alice, bob, { mode: "exact" });
    expect(exact).toEqual({ value: 2 / 6, matchCount: 1, firstCount: 3, secondCount: 3 });
    expect(computeSpanF1(alice, bob, { mode: "overlap" })).toMatchObject({ value: 4 / 6, matchCount: 2 });
  });

  it("is symmetric and 1 for identical annotations", () => {
    expect(computeSpanF1(bob, alice, { mode: "overlap" }).value).toBe(computeSpanF1(alice, bob, { mode: "overlap" }).value);
    expect(computeSpanF1(alice, alice, { mode: "exact" }).value).toBe(1);
  });

  it("is a real 0 when only one annotator marked spans, and uncomputable when neither did", () => {
    expect(computeSpanF1(alice, [], { mode: "exact" }).value).toBe(0);
    expect(computeSpanF1([], [], { mode: "exact" })).toEqual({ value: null, reason: "Neither annotator marked a span" });
  });
});

describe("computePooledSpanF1", () => {
  it("sums matches and sizes over documents before dividing", () => {
    const documents = [
      { first: alice, second: bob },
      { first: [span(1, 4)], second: [] },
      { first: [], second: [] },
    ];
    // exact: 1 match; sizes 3 + 3 + 1 → 2 / 7, not the mean of per-document figures.
    const pooled = computePooledSpanF1(documents, { mode: "exact" });
    expect(pooled).toEqual({ value: 2 / 7, matchCount: 1, firstCount: 4, secondCount: 3 });
  });

  it("is uncomputable over no documents or only empty ones", () => {
    expect(computePooledSpanF1([], { mode: "overlap" }).value).toBeNull();
    expect(computePooledSpanF1([{ first: [], second: [] }], { mode: "overlap" }).value).toBeNull();
  });
});
