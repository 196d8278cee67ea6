import { describe, expect, it } from "vitest";
import { computeDocumentUncertainty, type ScoredSuggestion, toUncertaintyPermille } from "./document-uncertainty";

const suggestion = (source: string, start: number, end: number, label: string, score: number, layer = "entity"): ScoredSuggestion => ({
  source, layer, start, end, label, score,
});

describe("computeDocumentUncertainty", () => {
  it("counts a document without suggestions as most uncertain", () => {
    expect(computeDocumentUncertainty([])).toBe(1);
  });

  it("is the mean of 1 − score when no source contradicts another", () => {
    // (1 − 0.9) + (1 − 0.5) = 0.6, over 2 suggestions.
    const uncertainty = computeDocumentUncertainty([
      suggestion("string-matching:entity", 0, 5, "PER", 0.9),
      suggestion("string-matching:entity", 10, 15, "LOC", 0.5),
    ]);
    expect(uncertainty).toBeCloseTo(0.3);
  });

  it("counts suggestions that two sources label differently on overlapping offsets as wholly unsure", () => {
    // Both overlapping suggestions count 1; the third one 1 − 0.8 = 0.2: (1 + 1 + 0.2) / 3.
    const uncertainty = computeDocumentUncertainty([
      suggestion("string-matching:entity", 0, 8, "PER", 0.9),
      suggestion("model-server", 4, 12, "ORG", 0.95),
      suggestion("model-server", 20, 25, "LOC", 0.8),
    ]);
    expect(uncertainty).toBeCloseTo(2.2 / 3);
  });

  it("lets sources agree, and lets one source's adjacent spans be", () => {
    // Same label from two sources, and spans that only touch: no contradiction. 1 − score each: (0.2 + 0.4 + 0.1) / 3.
    const uncertainty = computeDocumentUncertainty([
      suggestion("string-matching:entity", 0, 8, "PER", 0.8),
      suggestion("model-server", 0, 8, "PER", 0.6),
      suggestion("model-server", 8, 12, "ORG", 0.9),
    ]);
    expect(uncertainty).toBeCloseTo(0.7 / 3);
  });

  it("never sets an entity against the claim it lies in", () => {
    // An entity inside a claim span, from two sources: (1 − 0.5) + (1 − 0.7), over 2.
    const uncertainty = computeDocumentUncertainty([
      suggestion("string-matching:claim", 0, 40, "claim:3", 0.5, "claim"),
      suggestion("model-server", 10, 17, "entity:1", 0.7),
    ]);
    expect(uncertainty).toBeCloseTo(0.4);
  });

  it("clamps scores outside 0–1 and stores thousandths", () => {
    const uncertainty = computeDocumentUncertainty([suggestion("model-server", 0, 3, "PER", 7), suggestion("model-server", 5, 9, "PER", Number.NaN)]);
    expect(uncertainty).toBe(0.5);
    expect(toUncertaintyPermille(2.2 / 3)).toBe(733);
  });
});
