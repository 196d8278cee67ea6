import { describe, expect, it } from "vitest";
import type { Preannotation, RecommendedSpan, Span, Suggestion } from "./api-types";
import { openSuggestions } from "./open-suggestions";

const suggestion = (start: number, end: number): Suggestion => ({ source: "alias", entityId: 1, entityTypeId: 1, start, end, quote: "x", alias: "x" });
const preannotation = (id: number, layer: Span["layer"], start: number, end: number): Preannotation => ({
  source: "preannotation", id, layer, start, end, quote: "x", entityTypeId: layer === "entity" ? 1 : null, entityId: null,
  claimId: null, stance: null, claimantEntityId: null, claimantMention: null, note: "", prediction: null,
});
const recommended = (layer: Span["layer"], start: number, end: number): RecommendedSpan => ({
  source: "recommender", recommender: "string-matching", layer, start, end, quote: "x", entityTypeId: layer === "entity" ? 1 : null,
  entityId: null, claimId: layer === "claim" ? 1 : null, score: 0.5, why: "marked PER once",
});
const span = (layer: Span["layer"], start: number, end: number): Span => ({
  id: start, layer, start, end, quote: "x", entityTypeId: 1, entityId: null, claimId: null, stance: null,
  claimantEntityId: null, claimantMentionId: null, note: "", origin: "manual", version: 1,
});

describe("openSuggestions", () => {
  const all = [suggestion(0, 7), suggestion(10, 15), suggestion(20, 25), suggestion(30, 35)];

  it("hides suggestions overlapping an entity span, but not a claim span", () => {
    const spans = [span("entity", 0, 7), span("entity", 8, 12), span("claim", 20, 40), span("entity", 26, 28)];
    expect(openSuggestions(all, spans, new Set()).map((s) => s.start)).toEqual([20, 30]);
  });

  it("hides suggestions nested in a long entity span that starts far before", () => {
    expect(openSuggestions(all, [span("entity", 0, 100), span("entity", 50, 51)], new Set())).toEqual([]);
  });

  it("hides rejected suggestions", () => {
    expect(openSuggestions(all, [], new Set(["1:10:15"])).map((s) => s.start)).toEqual([0, 20, 30]);
  });

  it("hides imported entities as alias suggestions, and imported claims only under a claim span at the same offsets", () => {
    const imported = [preannotation(1, "entity", 0, 7), preannotation(2, "claim", 0, 20), preannotation(3, "claim", 30, 40)];
    const spans = [span("entity", 5, 9), span("claim", 0, 20), span("claim", 30, 41)];
    expect(openSuggestions(imported, spans, new Set()).map((s) => s.start)).toEqual([30]);
    expect(openSuggestions(imported, [], new Set(["pre:2"])).map((s) => s.start)).toEqual([0, 30]);
  });

  it("hides recommended entities as alias suggestions, and recommended claims only under a claim span at the same offsets", () => {
    const offered = [recommended("entity", 0, 7), recommended("entity", 10, 15), recommended("claim", 20, 40), recommended("claim", 50, 60)];
    const spans = [span("entity", 12, 13), span("claim", 20, 40), span("claim", 50, 61)];
    expect(openSuggestions(offered, spans, new Set()).map((s) => s.start)).toEqual([0, 50]);
    expect(openSuggestions(offered, [], new Set(["rec:entity:0:7"])).map((s) => s.start)).toEqual([10, 20, 50]);
  });
});
