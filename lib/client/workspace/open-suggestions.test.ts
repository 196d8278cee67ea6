import { describe, expect, it } from "vitest";
import type { Span, Suggestion } from "./api-types";
import { openSuggestions } from "./open-suggestions";

const suggestion = (start: number, end: number): Suggestion => ({ entityId: 1, entityTypeId: 1, start, end, quote: "x", alias: "x" });
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
});
