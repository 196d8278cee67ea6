import { describe, expect, it } from "vitest";
import { evaluateClaimMatching, evaluateStancePrior, evaluateStringMatching, qualityFigures } from "./evaluate-recommenders";

describe("qualityFigures", () => {
  it("computes precision, recall and F1, null where undefined", () => {
    expect(qualityFigures(3, 1, 2)).toEqual({
      truePositives: 3, falsePositives: 1, falseNegatives: 2, precision: 0.75, recall: 0.6, f1: expect.closeTo(2 / 3, 9),
    });
    expect(qualityFigures(0, 0, 2)).toMatchObject({ precision: null, recall: 0, f1: null });
  });
});

describe("evaluateStringMatching", () => {
  it("predicts each document's spans from the others' marks only", () => {
    const figures = evaluateStringMatching([
      { documentId: 1, text: "Tokajew in Łódź", spans: [{ start: 0, end: 7, label: "PER" }, { start: 11, end: 15, label: "LOC" }] },
      { documentId: 2, text: "TOKAJEW w Lodz", spans: [{ start: 0, end: 7, label: "PER" }, { start: 10, end: 14, label: "LOC" }] },
      { documentId: 3, text: "托卡耶夫和Tokajew", spans: [{ start: 0, end: 4, label: "PER" }, { start: 5, end: 12, label: "ORG" }] },
    ]);
    // Documents 1 and 2: Łódź and Lodz find each other (LOC); Tokajew is PER once and ORG once
    // elsewhere, and the tie goes to ORG. Document 3: Tokajew is PER twice elsewhere (gold: ORG);
    // 托卡耶夫 is marked nowhere else.
    expect(figures).toMatchObject({ truePositives: 2, falsePositives: 3, falseNegatives: 4 });
  });
});

describe("evaluateClaimMatching", () => {
  it("ranks each gold span without its own document's quotes", () => {
    const figures = evaluateClaimMatching(
      [
        { claimId: 1, texts: [{ kind: "statement", text: "Kazakhstan supports the sanctions" }] },
        { claimId: 2, texts: [{ kind: "statement", text: "Kazakhstan builds a nuclear plant" }] },
      ],
      [
        { documentId: 1, quote: "Kasachstan unterstützt die Sanktionen", claimId: 1 },
        { documentId: 2, quote: "Kasachstan unterstützt weiter die Sanktionen", claimId: 1 },
        { documentId: 3, quote: "哈萨克斯坦建设核电站", claimId: 2 },
      ],
    );
    // The Chinese span has no other Chinese text to resemble: no prediction.
    expect(figures).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 1 });
  });
});

describe("evaluateStancePrior", () => {
  it("predicts each stance from the other documents", () => {
    const observation = (documentId: number, stance: string) => ({ documentId, claimantEntityId: 7, claimId: 1, stance, quote: "q" });
    const figures = evaluateStancePrior([
      observation(1, "favor"), observation(2, "favor"), observation(3, "favor"), observation(4, "against"),
      { ...observation(5, "favor"), claimId: 2 },
    ]);
    // 1–3 are predicted favor from the others, rightly; 4 favor, wrongly; 5's pair is seen nowhere else.
    expect(figures).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 2 });
  });
});
