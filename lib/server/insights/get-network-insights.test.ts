import { beforeAll, describe, expect, it } from "vitest";
import { emptyInsightsFilter, type InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getNetworkInsights } from "./get-network-insights";
import { type InsightsWorld, setUpInsightsWorld } from "./insights-test-fixtures";

let world: InsightsWorld;
beforeAll(async () => {
  world = await setUpInsightsWorld(await useTestDatabase());
});

const counts = (favor = 0, against = 0, neutral = 0, unclear = 0) => ({ favor, against, neutral, unclear });

function network(filter: Partial<InsightsFilter> = {}) {
  return getNetworkInsights({ caller: world.reviewer, projectId: world.projectId, filter: { ...emptyInsightsFilter, ...filter } });
}

describe("getNetworkInsights", () => {
  it("links claimants to claims: an entity, a linked mention's entity, an unlinked mention in two spellings", async () => {
    const { claims, entities } = world;
    const [c1, c2, tokayev, putin] = [`c${claims.sanctions}`, `c${claims.talks}`, `e${entities.tokayev}`, `e${entities.putin}`];
    const view = await network();
    // D3's span names no claimant: it is in no edge. "Kremlin sources" and "kremlin  Sources" tie, the first sorts first.
    expect(view.nodes).toEqual([
      { id: c1, kind: "claim", label: "The sanctions work", count: 5 },
      { id: c2, kind: "claim", label: "Talks failed", count: 4 },
      { id: tokayev, kind: "claimant", label: "Tokayev", count: 5 },
      { id: putin, kind: "claimant", label: "Putin", count: 2 },
      { id: "mkremlin sources", kind: "claimant", label: "Kremlin sources", count: 2 },
    ]);
    expect(view.edges).toEqual([
      { id: `${tokayev}|${c1}`, source: tokayev, target: c1, count: 3, stances: counts(2, 1), dominant: "favor" },
      // Gold's favor (through the linked mention on D6) ties with Alice's unclear: favor comes first in the schema.
      { id: `${tokayev}|${c2}`, source: tokayev, target: c2, count: 2, stances: counts(1, 0, 0, 1), dominant: "favor" },
      { id: `${putin}|${c1}`, source: putin, target: c1, count: 1, stances: counts(0, 1), dominant: "against" },
      { id: `${putin}|${c2}`, source: putin, target: c2, count: 1, stances: counts(0, 1), dominant: "against" },
      { id: `mkremlin sources|${c1}`, source: "mkremlin sources", target: c1, count: 1, stances: counts(1), dominant: "favor" },
      { id: `mkremlin sources|${c2}`, source: "mkremlin sources", target: c2, count: 1, stances: counts(1), dominant: "favor" },
    ]);
    expect(view.stances.map((s) => s.key)).toEqual(["favor", "against", "neutral", "unclear"]);
  });

  it("filters by set, claimant and language", async () => {
    const { claims, entities } = world;
    const gold = await network({ set: "gold" });
    expect(gold.edges.map((e) => [e.id, e.count])).toEqual([
      [`e${entities.tokayev}|c${claims.sanctions}`, 1],
      [`e${entities.tokayev}|c${claims.talks}`, 1],
    ]);
    const kremlin = await network({ claimant: ["m Kremlin   SOURCES "] });
    expect(kremlin.nodes.map((n) => [n.id, n.count])).toEqual([
      [`c${claims.sanctions}`, 1],
      [`c${claims.talks}`, 1],
      ["mkremlin sources", 2],
    ]);
    const polish = await network({ language: ["pl"] });
    expect(polish.nodes.find((n) => n.kind === "claimant")).toEqual({ id: "mkremlin sources", kind: "claimant", label: "kremlin  Sources", count: 1 });
  });
});
