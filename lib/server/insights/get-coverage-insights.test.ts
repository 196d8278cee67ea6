import { beforeAll, describe, expect, it } from "vitest";
import { emptyInsightsFilter, type InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getCoverageInsights } from "./get-coverage-insights";
import { type InsightsWorld, setUpInsightsWorld } from "./insights-test-fixtures";

let world: InsightsWorld;
beforeAll(async () => {
  world = await setUpInsightsWorld(await useTestDatabase());
});

function coverage(filter: Partial<InsightsFilter> = {}) {
  return getCoverageInsights({ caller: world.reviewer, projectId: world.projectId, filter: { ...emptyInsightsFilter, ...filter } });
}

describe("getCoverageInsights", () => {
  it("counts documents per claim by language and by site", async () => {
    const { claims } = world;
    const view = await coverage();
    expect(view.languages).toEqual(["de", "en", "pl", "zh"]);
    expect(view.sources).toEqual(["spiegel.de", "(no source)", "bbc.co.uk", "wyborcza.pl"]);
    expect(view.claims).toEqual([
      // D1, D2, D3 (no URL), D5; three spans on D1 make one document.
      {
        claimId: claims.sanctions,
        statement: "The sanctions work",
        documents: 4,
        byLanguage: { de: 3, pl: 1 },
        bySource: { "spiegel.de": 2, "wyborcza.pl": 1, "(no source)": 1 },
      },
      // D1, D4 ("not a url"), D6.
      {
        claimId: claims.talks,
        statement: "Talks failed",
        documents: 3,
        byLanguage: { de: 1, zh: 1, en: 1 },
        bySource: { "spiegel.de": 1, "(no source)": 1, "bbc.co.uk": 1 },
      },
    ]);
  });

  it("follows the filter", async () => {
    const { claims, entities } = world;
    const gold = await coverage({ set: "gold" });
    expect(gold.claims.map((c) => [c.claimId, c.bySource])).toEqual([
      [claims.sanctions, { "spiegel.de": 1 }],
      [claims.talks, { "bbc.co.uk": 1 }],
    ]);
    const putin = await coverage({ claimant: [`e${entities.putin}`], to: "2022-12-31" });
    expect(putin.claims.map((c) => [c.claimId, c.documents])).toEqual([[claims.talks, 1]]);
    expect(putin.languages).toEqual(["de"]);
  });
});
