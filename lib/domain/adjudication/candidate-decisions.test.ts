import { describe, expect, it } from "vitest";
import { entity } from "./adjudication-test-spans";
import { buildAdjudicationCandidates } from "./build-adjudication-candidates";
import { decideCandidateStates } from "./candidate-decisions";

describe("decideCandidateStates", () => {
  const candidates = buildAdjudicationCandidates([
    { annotatorId: 1, spans: [entity(0, 5, { id: 1 }), entity(10, 15, { id: 2 }), entity(20, 25, { id: 3 })] },
    { annotatorId: 2, spans: [entity(0, 5, { id: 4 }), entity(30, 35, { id: 5 })] },
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
