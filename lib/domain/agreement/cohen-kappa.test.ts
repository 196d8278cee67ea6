import { describe, expect, it } from "vitest";
import type { AgreementFigure } from "./agreement-figure";
import { computeCohenKappa, computeCohenKappaFromLabels } from "./cohen-kappa";

const reasonOf = (figure: AgreementFigure<object>) => (figure.value === null ? figure.reason : "computable");
const repeat = (label: string, times: number) => Array<string>(times).fill(label);

describe("computeCohenKappa", () => {
  it("reproduces the textbook 2×2 example, kappa 0.400", () => {
    const figure = computeCohenKappa([
      [20, 5],
      [10, 15],
    ]);
    expect(figure.value).toBeCloseTo(0.4, 4);
    expect(figure).toMatchObject({ observedAgreement: 0.7, expectedAgreement: 0.5, itemCount: 50 });
  });

  it("reproduces Cohen (1960), 200 items in 3 categories, kappa 0.492", () => {
    const figure = computeCohenKappa([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ]);
    expect(figure.value).toBeCloseTo(0.4915, 4);
    expect(figure).toMatchObject({ observedAgreement: 0.7, expectedAgreement: 0.41 });
  });

  it("gives 1 for perfect agreement and a negative figure for systematic disagreement", () => {
    expect(computeCohenKappa([[3, 0], [0, 4]]).value).toBe(1);
    expect(computeCohenKappa([[0, 5], [5, 0]]).value).toBe(-1);
  });

  it("refuses tables it cannot compute from, with a reason", () => {
    expect(reasonOf(computeCohenKappa([]))).toMatch(/empty/);
    expect(reasonOf(computeCohenKappa([[0, 0], [0, 0]]))).toMatch(/No items/);
    expect(reasonOf(computeCohenKappa([[1, 2], [3]]))).toMatch(/square/);
    expect(reasonOf(computeCohenKappa([[1, -2], [3, 4]]))).toMatch(/non-negative/);
    // One shared category: chance agreement is 1, kappa is 0/0.
    expect(reasonOf(computeCohenKappa([[7, 0], [0, 0]]))).toMatch(/chance agreement is 1/);
  });
});

describe("computeCohenKappaFromLabels", () => {
  it("builds the contingency table from paired labels", () => {
    const first = [...repeat("yes", 20), ...repeat("yes", 5), ...repeat("no", 10), ...repeat("no", 15)];
    const second = [...repeat("yes", 20), ...repeat("no", 5), ...repeat("yes", 10), ...repeat("no", 15)];
    expect(computeCohenKappaFromLabels(first, second).value).toBeCloseTo(0.4, 10);
  });

  it("skips items one rater left unlabelled and keeps 1 and \"1\" apart", () => {
    const figure = computeCohenKappaFromLabels(["favor", "against", null, "favor"], ["favor", "against", "favor", null]);
    expect(figure).toMatchObject({ value: 1, itemCount: 2 });
    expect(computeCohenKappaFromLabels([1, "1"], [1, 1]).value).toBe(0);
  });

  it("refuses lists of different lengths and lists without a shared labelled item", () => {
    expect(reasonOf(computeCohenKappaFromLabels(["a"], ["a", "b"]))).toMatch(/differ in length/);
    expect(reasonOf(computeCohenKappaFromLabels([null, "a"], ["b", null]))).toMatch(/both raters/);
  });
});
