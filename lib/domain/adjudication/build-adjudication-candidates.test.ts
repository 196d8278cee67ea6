import { describe, expect, it } from "vitest";
import { claim, entity } from "./adjudication-test-spans";
import { buildAdjudicationCandidates } from "./build-adjudication-candidates";

describe("buildAdjudicationCandidates", () => {
  it("marks identical spans of every annotator as agreed, with one version held by all", () => {
    const a = entity(0, 5, { entityId: 3 });
    const b = entity(0, 5, { entityId: 3 });
    const [candidate, ...rest] = buildAdjudicationCandidates([
      { annotatorId: 10, spans: [a] },
      { annotatorId: 20, spans: [b] },
    ]);
    expect(rest).toEqual([]);
    expect(candidate).toMatchObject({ key: "entity:0-5", status: "agreed", annotatorIds: [10, 20] });
    expect(candidate!.versions).toHaveLength(1);
    expect(candidate!.versions[0]!.holders).toEqual([
      { annotatorId: 10, spanId: a.id },
      { annotatorId: 20, spanId: b.id },
    ]);
  });

  it("disputes spans at the same offsets whose attributes differ", () => {
    const candidates = buildAdjudicationCandidates([
      { annotatorId: 1, spans: [claim(10, 20, { stance: "favor" }), entity(30, 35, { entityTypeId: 1 })] },
      { annotatorId: 2, spans: [claim(10, 20, { stance: "against" }), entity(30, 35, { entityTypeId: 2 })] },
    ]);
    expect(candidates.map((c) => [c.key, c.status, c.versions.length])).toEqual([
      ["claim:10-20", "disputed", 2],
      ["entity:30-35", "disputed", 2],
    ]);
  });

  it("groups overlapping spans of one layer into one disputed cluster, and keeps layers apart", () => {
    const candidates = buildAdjudicationCandidates([
      { annotatorId: 1, spans: [entity(0, 8), claim(0, 40)] },
      { annotatorId: 2, spans: [entity(4, 12), entity(11, 15), claim(0, 40)] },
    ]);
    expect(candidates.map((c) => [c.key, c.status])).toEqual([
      ["entity:0-15", "disputed"],
      ["claim:0-40", "agreed"],
    ]);
    expect(candidates[0]!.versions.map((v) => [v.span.start, v.span.end])).toEqual([
      [0, 8],
      [4, 12],
      [11, 15],
    ]);
  });

  it("keeps touching spans apart (offsets are half-open)", () => {
    const candidates = buildAdjudicationCandidates([
      { annotatorId: 1, spans: [entity(0, 5), entity(5, 9)] },
      { annotatorId: 2, spans: [entity(0, 5), entity(5, 9)] },
    ]);
    expect(candidates.map((c) => [c.key, c.status])).toEqual([
      ["entity:0-5", "agreed"],
      ["entity:5-9", "agreed"],
    ]);
  });

  it("calls a span only one annotator made single, and one that some annotators lack disputed", () => {
    const candidates = buildAdjudicationCandidates([
      { annotatorId: 1, spans: [entity(0, 5), entity(20, 25)] },
      { annotatorId: 2, spans: [entity(20, 25)] },
      { annotatorId: 3, spans: [] },
    ]);
    expect(candidates.map((c) => [c.key, c.status])).toEqual([
      ["entity:0-5", "single"],
      ["entity:20-25", "disputed"],
    ]);
  });

  it("compares claimant mentions by their offsets, not by each annotator's span ids", () => {
    const mentionA = entity(0, 7);
    const mentionB = entity(0, 7);
    const otherB = entity(9, 12);
    const agreeing = buildAdjudicationCandidates([
      { annotatorId: 1, spans: [mentionA, claim(20, 40, { claimantMentionId: mentionA.id })] },
      { annotatorId: 2, spans: [mentionB, otherB, claim(20, 40, { claimantMentionId: mentionB.id })] },
    ]);
    expect(agreeing.find((c) => c.layer === "claim")?.status).toBe("agreed");
    const differing = buildAdjudicationCandidates([
      { annotatorId: 1, spans: [mentionA, claim(20, 40, { claimantMentionId: mentionA.id })] },
      { annotatorId: 2, spans: [mentionB, otherB, claim(20, 40, { claimantMentionId: otherB.id })] },
    ]);
    expect(differing.find((c) => c.layer === "claim")?.status).toBe("disputed");
  });

  it("sorts candidates by position and stays fast on 3 × 2,000 spans", () => {
    const spans = (shift: number) => Array.from({ length: 2000 }, (_, i) => entity(i * 50 + shift, i * 50 + 10));
    const candidates = buildAdjudicationCandidates([
      { annotatorId: 1, spans: spans(0) },
      { annotatorId: 2, spans: spans(0) },
      { annotatorId: 3, spans: spans(2) },
    ]);
    expect(candidates).toHaveLength(2000);
    expect(candidates.every((c, i) => i === 0 || candidates[i - 1]!.start <= c.start)).toBe(true);
    expect(candidates[0]!.status).toBe("disputed");
  });
});
