import { beforeAll, describe, expect, it } from "vitest";
import { emptyInsightsFilter, type InsightsFilter } from "@/lib/domain/insights/insights-filter";
import type { Caller } from "@/lib/server/auth/caller";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getEvidenceInsights } from "./get-evidence-insights";
import { type InsightsWorld, setUpInsightsWorld } from "./insights-test-fixtures";

let world: InsightsWorld;
beforeAll(async () => {
  world = await setUpInsightsWorld(await useTestDatabase());
});

function evidence(filter: Partial<InsightsFilter>, caller: Caller = world.reviewer) {
  return getEvidenceInsights({ caller, projectId: world.projectId, filter: { ...emptyInsightsFilter, ...filter } });
}

describe("getEvidenceInsights", () => {
  it("lists a claimant's spans by date (undated last), document and position, with links into review", async () => {
    const { alice, bob, entities, documents, spans } = world;
    const { items, truncated } = await evidence({ claimant: [`e${entities.tokayev}`] });
    expect(truncated).toBe(false);
    expect(items.map((item) => item.annotationId)).toEqual([spans.s1, spans.g1, spans.s3, spans.g2, spans.s8]);
    expect(items[0]).toEqual({
      annotationId: spans.s1,
      documentId: documents.d1,
      documentTitle: "Day",
      publishedAt: "2022-10-05",
      language: "de",
      quote: "the sanctions work",
      stance: "favor",
      set: "annotator",
      annotator: alice.email,
      start: 13,
      end: 31,
      href: `/documents/${documents.d1}/review?span=${spans.s1}`,
    });
    expect(items.map((item) => [item.set, item.annotator])).toEqual([
      ["annotator", alice.email],
      ["gold", null],
      ["annotator", bob.email],
      ["gold", null],
      ["annotator", alice.email],
    ]);
    expect(items[2]).toMatchObject({ quote: "sanctions work", start: 17, end: 31, stance: "against" });
  });

  it("narrows to one edge: a claimant and a claim, in one set", async () => {
    const { claims, entities, spans } = world;
    const edge = await evidence({ claimant: [`e${entities.tokayev}`], claim: [claims.talks] });
    expect(edge.items.map((item) => item.annotationId)).toEqual([spans.g2, spans.s8]);
    const gold = await evidence({ claim: [claims.sanctions], set: "gold" });
    expect(gold.items.map((item) => item.annotationId)).toEqual([spans.g1]);
    // D2's "2022-10" sorts before D1's "2022-10-05".
    const kremlin = await evidence({ claimant: ["mkremlin sources"] });
    expect(kremlin.items.map((item) => [item.annotationId, item.quote])).toEqual([
      [spans.s6, "the sanctions work"],
      [spans.s4, "talks failed"],
    ]);
  });

  it("wants a claimant or a claim", async () => {
    await expect(evidence({})).rejects.toThrowError(expect.objectContaining({ code: "bad_request" }));
  });
});
