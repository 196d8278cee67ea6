import { describe, expect, it } from "vitest";
import { buildStancePrior, describePriorStance, priorStance, type StanceObservation } from "./stance-prior";

const tokayev = 7;
const sanctions = 1;
const seen: StanceObservation[] = [
  { documentId: 1, claimantEntityId: tokayev, claimId: sanctions, stance: "favor", quote: "Kasachstan unterstützt die Sanktionen" },
  { documentId: 2, claimantEntityId: tokayev, claimId: sanctions, stance: "favor", quote: "Kazachstan popiera sankcje" },
  { documentId: 3, claimantEntityId: tokayev, claimId: sanctions, stance: "against", quote: "哈萨克斯坦不支持制裁" },
  { documentId: 3, claimantEntityId: 8, claimId: sanctions, stance: "against", quote: "Moskau lehnt die Sanktionen ab" },
];
const prior = buildStancePrior(seen);

describe("priorStance", () => {
  it("offers the stance the claimant took most often toward the claim, with its evidence", () => {
    expect(priorStance(prior, { claimantEntityId: tokayev, claimId: sanctions })).toEqual({
      stance: "favor",
      count: 2,
      total: 3,
      score: 0.5,
      evidence: [seen[0], seen[1]],
    });
  });

  it("leaves out the document itself", () => {
    expect(priorStance(prior, { claimantEntityId: 8, claimId: sanctions, excludeDocumentId: 3 })).toBeNull();
    expect(priorStance(prior, { claimantEntityId: tokayev, claimId: sanctions, excludeDocumentId: 1 })).toMatchObject({
      stance: "against",
      count: 1,
      total: 2,
    });
  });

  it("knows nothing of a pair not seen", () => {
    expect(priorStance(prior, { claimantEntityId: tokayev, claimId: 99 })).toBeNull();
  });
});

describe("describePriorStance", () => {
  it("says how often the stance was taken", () => {
    expect(describePriorStance("favor", { count: 2, total: 3 })).toBe("took favor 2 times of 3 before");
    expect(describePriorStance("against", { count: 1, total: 1 })).toBe("took against once before");
  });
});
