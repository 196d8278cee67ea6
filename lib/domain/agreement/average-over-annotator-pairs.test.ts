import { describe, expect, it } from "vitest";
import { notComputable } from "./agreement-figure";
import { averageOverAnnotatorPairs } from "./average-over-annotator-pairs";
import { computeCohenKappaFromLabels } from "./cohen-kappa";
import { fleiss1971Ratings } from "./fixtures/fleiss-1971-diagnoses";
import { computeSpanF1 } from "./span-f1";

describe("averageOverAnnotatorPairs", () => {
  it("gives Light's kappa from Cohen's: raters 1–3 of Fleiss (1971) score 0.555 as in R's irr::kappam.light", () => {
    const rater = (index: number) => fleiss1971Ratings.map((ratings) => ratings[index] ?? null);
    const figure = averageOverAnnotatorPairs([rater(0), rater(1), rater(2)], computeCohenKappaFromLabels);
    expect(figure.value).toBeCloseTo(0.5554, 4);
    expect(figure).toMatchObject({ pairCount: 3, averagedPairCount: 3 });
  });

  it("averages span F1 over all pairs of three annotators", () => {
    const spans = {
      alice: [{ start: 0, end: 5, label: "claim" }],
      bob: [{ start: 0, end: 5, label: "claim" }],
      carol: [{ start: 0, end: 6, label: "claim" }],
    };
    const figure = averageOverAnnotatorPairs(["alice", "bob", "carol"] as const, (a, b) =>
      computeSpanF1(spans[a], spans[b], { mode: "exact" }),
    );
    expect(figure.value).toBeCloseTo(1 / 3, 12); // (1 + 0 + 0) / 3
  });

  it("leaves uncomputable pairs out of the mean and counts them", () => {
    const figure = averageOverAnnotatorPairs([1, 2, 3], (a, b) => (a === 1 ? notComputable("none") : { value: a + b }));
    expect(figure).toEqual({ value: 5, pairCount: 3, averagedPairCount: 1 });
  });

  it("is uncomputable with fewer than two annotators or no computable pair", () => {
    expect(averageOverAnnotatorPairs(["solo"], () => ({ value: 1 }))).toEqual({
      value: null,
      reason: "There are 1 annotator(s); a pair needs 2",
    });
    expect(averageOverAnnotatorPairs([1, 2], () => notComputable("empty"))).toEqual({
      value: null,
      reason: "No annotator pair has a computable figure: empty",
    });
  });
});
