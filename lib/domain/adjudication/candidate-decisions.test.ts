import { describe, expect, it } from "vitest";
import { type AdjudicationSpan, buildAdjudicationCandidates } from "./build-adjudication-candidates";
import { decideCandidateStates } from "./candidate-decisions";

const entity = (id: number, start: number, end: number): AdjudicationSpan => ({
  id,
  layer: "entity",
  start,
  end,
  quote: "",
  entityTypeId: 1,
  entityId: null,
  claimId: null,
  stance: null,
  claimantEntityId: null,
  claimantMentionId: null,
});

describe("decideCandidateStates", () => {
  const candidates = buildAdjudicationCandidates([
    { annotatorId: 1, spans: [entity(1, 0, 5), entity(2, 10, 15), entity(3, 20, 25)] },
    { annotatorId: 2, spans: [entity(4, 0, 5), entity(5, 30, 35)] },
  ]);

  it("accepts candidates by provenance or overlap, rejects by key, leaves the rest pending", () => {
    const decisions = decideCandidateStates(
      candidates,
      [
        { id: 100, layer: "entity", start: 0, end: 5, sourceAnnotationIds: [1, 4] },
        { id: 101, layer: "entity", start: 11, end: 14, sourceAnnotationIds: [] },
        { id: 102, layer: "claim", start: 20, end: 25, sourceAnnotationIds: [] },
      ],
      new Set(["entity:20-25", "entity:10-15"]),
    );
    expect(Object.fromEntries(decisions)).toEqual({
      "entity:0-5": { kind: "accepted", goldSpanIds: [100] },
      "entity:10-15": { kind: "accepted", goldSpanIds: [101] },
      "entity:20-25": { kind: "rejected" },
      "entity:30-35": { kind: "pending" },
    });
  });
});
