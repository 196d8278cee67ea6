import { describe, expect, it } from "vitest";
import type { AgreementFigure } from "./agreement-figure";
import { computeCohenKappaFromLabels } from "./cohen-kappa";
import { computeFleissKappa } from "./fleiss-kappa";
import { fleiss1971Counts, fleiss1971Ratings } from "./fixtures/fleiss-1971-diagnoses";

const reasonOf = (figure: AgreementFigure<object>) => (figure.value === null ? figure.reason : "computable");

/** Fleiss's per-category kappa, here only to prove the fixture is the published data set. */
function categoryKappa(counts: readonly (readonly number[])[], category: number, raters: number): number {
  const total = counts.reduce((sum, row) => sum + (row[category] ?? 0), 0);
  const share = total / (counts.length * raters);
  const disagreement = counts.reduce((sum, row) => sum + (row[category] ?? 0) * (raters - (row[category] ?? 0)), 0);
  return 1 - disagreement / (counts.length * raters * (raters - 1) * share * (1 - share));
}

// Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
const wikipediaCounts = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("the Fleiss (1971) fixture", () => {
  it("counts are the tally of the ratings, and match irr's published per-category kappas", () => {
    const tallied = fleiss1971Ratings.map((ratings) => [1, 2, 3, 4, 5].map((c) => ratings.filter((r) => r === c).length));
    expect(tallied).toEqual(fleiss1971Counts);
    const byCategory = [0, 1, 2, 3, 4].map((category) => categoryKappa(fleiss1971Counts, category, 6));
    [0.245, 0.245, 0.52, 0.471, 0.566].forEach((published, i) => expect(byCategory[i]).toBeCloseTo(published, 3));
  });

  it("keeps irr's rater order: Cohen's kappa of raters 1 and 2 is 0.651", () => {
    const rater = (index: number) => fleiss1971Ratings.map((ratings) => ratings[index] ?? null);
    expect(computeCohenKappaFromLabels(rater(0), rater(1)).value).toBeCloseTo(0.651, 3);
  });
});

describe("computeFleissKappa", () => {
  it("reproduces Fleiss (1971): kappa 0.430 with P̄ 0.5556 and P̄e 0.2199", () => {
    const figure = computeFleissKappa(fleiss1971Counts);
    expect(figure.value).toBeCloseTo(0.4302, 4);
    expect(figure).toMatchObject({ subjectCount: 30, raterCount: 6 });
    if (figure.value === null) throw new Error(figure.reason);
    expect(figure.observedAgreement).toBeCloseTo(0.5556, 4);
    expect(figure.expectedAgreement).toBeCloseTo(0.2199, 4);
  });

  it("reproduces the Wikipedia example: kappa 0.210 with P̄ 0.378 and P̄e 0.213", () => {
    const figure = computeFleissKappa(wikipediaCounts);
    expect(figure.value).toBeCloseTo(0.2099, 4);
    expect(figure).toMatchObject({ subjectCount: 10, raterCount: 14 });
    if (figure.value === null) throw new Error(figure.reason);
    expect(figure.observedAgreement).toBeCloseTo(0.378, 3);
    expect(figure.expectedAgreement).toBeCloseTo(0.213, 3);
  });

  it("gives 1 when every subject's raters agree", () => {
    expect(computeFleissKappa([[3, 0], [0, 3], [3, 0]]).value).toBe(1);
  });

  it("refuses data it cannot compute from, with a reason", () => {
    expect(computeFleissKappa([])).toEqual({ value: null, reason: "There are no subjects" });
    expect(computeFleissKappa([[]])).toEqual({ value: null, reason: "There are no categories" });
    expect(reasonOf(computeFleissKappa([[2, 1], [1, 1]]))).toMatch(/same number/);
    expect(reasonOf(computeFleissKappa([[2, 1], [3]]))).toMatch(/category counts/);
    expect(reasonOf(computeFleissKappa([[1.5, 1.5]]))).toMatch(/whole numbers/);
    expect(reasonOf(computeFleissKappa([[1, 0], [0, 1]]))).toMatch(/at least 2 raters/);
    expect(reasonOf(computeFleissKappa([[0, 4], [0, 4]]))).toMatch(/one category/);
  });
});
