import { describe, expect, it } from "vitest";
import type { AgreementFigure } from "./agreement-figure";
import { computeKrippendorffAlpha } from "./krippendorff-alpha";

const reasonOf = (figure: AgreementFigure<object>) => (figure.value === null ? figure.reason : "computable");

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 coders × 12 units, with gaps.
const reliabilityData = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

describe("computeKrippendorffAlpha", () => {
  // Published: nominal 0.743 and interval 0.849 (Krippendorff 2011); ordinal 0.815 and ratio 0.797 (R irr::kripp.alpha).
  it("reproduces Krippendorff's example: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797", () => {
    expect(computeKrippendorffAlpha(reliabilityData, { metric: "nominal" }).value).toBeCloseTo(0.7434, 4);
    expect(computeKrippendorffAlpha(reliabilityData, { metric: "ordinal" }).value).toBeCloseTo(0.8154, 4);
    expect(computeKrippendorffAlpha(reliabilityData, { metric: "interval" }).value).toBeCloseTo(0.8491, 4);
    expect(computeKrippendorffAlpha(reliabilityData, { metric: "ratio" }).value).toBeCloseTo(0.7974, 4);
  });

  it("skips units with fewer than two values: 11 of 12 units and 40 values are pairable", () => {
    expect(computeKrippendorffAlpha(reliabilityData, { metric: "nominal" })).toMatchObject({
      pairableUnitCount: 11,
      pairableValueCount: 40,
    });
  });

  it("takes string labels for the nominal metric, and the result does not depend on what the labels are", () => {
    const names = ["", "favor", "against", "neutral", "unclear", "other"];
    const asLabels = reliabilityData.map((row) => row.map((value) => (value === null ? null : (names[value] ?? null))));
    expect(computeKrippendorffAlpha(asLabels, { metric: "nominal" }).value).toBeCloseTo(0.7434, 4);
  });

  it("gives 1 for perfect agreement", () => {
    expect(computeKrippendorffAlpha([["a", "b", null], ["a", "b", "c"]], { metric: "nominal" }).value).toBe(1);
  });

  it("refuses data it cannot compute from, with a reason", () => {
    const nominal = { metric: "nominal" } as const;
    expect(reasonOf(computeKrippendorffAlpha([[1, 2]], nominal))).toMatch(/at least 2/);
    expect(reasonOf(computeKrippendorffAlpha([[1, 2], [1]], nominal))).toMatch(/Coder 2/);
    expect(reasonOf(computeKrippendorffAlpha([[1, null], [null, 2]], nominal))).toMatch(/No unit/);
    expect(reasonOf(computeKrippendorffAlpha([["x", "x"], ["x", "x"]], nominal))).toMatch(/expected disagreement is 0/);
    expect(reasonOf(computeKrippendorffAlpha([["x", 1], [2, 1]], { metric: "interval" }))).toMatch(/needs numbers/);
  });
});
