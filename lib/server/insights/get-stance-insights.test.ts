import { beforeAll, describe, expect, it } from "vitest";
import { emptyInsightsFilter, type InsightsFilter } from "@/lib/domain/insights/insights-filter";
import type { InsightInterval } from "@/lib/domain/insights/insight-periods";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getStanceInsights } from "./get-stance-insights";
import { type InsightsWorld, setUpInsightsWorld } from "./insights-test-fixtures";

let world: InsightsWorld;
beforeAll(async () => {
  world = await setUpInsightsWorld(await useTestDatabase());
});

const counts = (favor = 0, against = 0, neutral = 0, unclear = 0) => ({ favor, against, neutral, unclear });

function stance(filter: Partial<InsightsFilter> = {}, interval: InsightInterval = "month") {
  return getStanceInsights({ caller: world.reviewer, projectId: world.projectId, interval, filter: { ...emptyInsightsFilter, ...filter } });
}

describe("getStanceInsights", () => {
  it("counts both sets by month, with partial dates in their month and coarser ones undated", async () => {
    const { claims, documents } = world;
    const view = await stance();
    expect(view.interval).toBe("month");
    expect(view.stances.map((s) => s.key)).toEqual(["favor", "against", "neutral", "unclear"]);
    expect(view.stances[0]).toEqual({ key: "favor", name: "Favor", color: "#16a34a" });
    expect(view.periods).toEqual(["2022-10", "2022-11", "2022-12", "2023-01"]);
    const [sanctions, talks] = view.claims;
    // Sanctions: D1 (Alice favor, Bob against, gold favor) and D2 (favor) in October, D5 in January, D3 (a year only) undated.
    expect(sanctions).toEqual({
      claimId: claims.sanctions,
      statement: "The sanctions work",
      series: [
        { period: "2022-10", spans: counts(3, 1), documents: counts(2, 1), net: 2 },
        { period: "2022-11", spans: counts(), documents: counts(), net: 0 },
        { period: "2022-12", spans: counts(), documents: counts(), net: 0 },
        { period: "2023-01", spans: counts(0, 1), documents: counts(0, 1), net: -1 },
      ],
      undated: { spans: counts(0, 0, 1), documents: counts() },
    });
    // Talks: D1 in October, D6 (23:30 at UTC−5 on 2022-12-31, not shifted) in December, D4 undated.
    expect(talks?.series.map((p) => [p.period, p.spans, p.documents])).toEqual([
      ["2022-10", counts(1, 1), counts()],
      ["2022-11", counts(), counts()],
      ["2022-12", counts(1), counts(1)],
      ["2023-01", counts(), counts()],
    ]);
    expect(talks?.undated).toEqual({ spans: counts(0, 0, 0, 1), documents: counts() });
    expect(view.undatedDocuments).toEqual([
      { id: documents.d3, title: "Year only", publishedAt: "2022", reason: "year_only" },
      { id: documents.d4, title: "Undated", publishedAt: null, reason: "missing" },
    ]);
    expect(view.undatedDocumentCount).toBe(2);
  });

  it("buckets by ISO week across the year end, a month-only date undated", async () => {
    const { documents } = world;
    const view = await stance({}, "week");
    // 2022-10-05 is in 2022-W40; 2022-12-31 and 2023-01-01 are both in 2022-W52.
    expect(view.periods).toEqual(Array.from({ length: 13 }, (_, k) => `2022-W${40 + k}`));
    const [sanctions, talks] = view.claims;
    const nonEmpty = (claim: typeof sanctions) => claim?.series.filter((p) => Object.values(p.spans).some((n) => n > 0));
    expect(nonEmpty(sanctions)).toEqual([
      { period: "2022-W40", spans: counts(2, 1), documents: counts(1, 1), net: 1 },
      { period: "2022-W52", spans: counts(0, 1), documents: counts(0, 1), net: -1 },
    ]);
    expect(sanctions?.undated).toEqual({ spans: counts(1, 0, 1), documents: counts(1) });
    expect(nonEmpty(talks)?.map((p) => p.period)).toEqual(["2022-W40", "2022-W52"]);
    expect(view.undatedDocuments.map((d) => [d.id, d.reason])).toEqual([
      [documents.d2, "month_only"],
      [documents.d3, "year_only"],
      [documents.d4, "missing"],
    ]);
  });

  it("buckets by quarter", async () => {
    const view = await stance({}, "quarter");
    expect(view.periods).toEqual(["2022-Q4", "2023-Q1"]);
    expect(view.claims[0]?.series).toEqual([
      { period: "2022-Q4", spans: counts(3, 1), documents: counts(2, 1), net: 2 },
      { period: "2023-Q1", spans: counts(0, 1), documents: counts(0, 1), net: -1 },
    ]);
  });

  it("counts one set at a time", async () => {
    const { claims } = world;
    const gold = await stance({ set: "gold" });
    expect(gold.periods).toEqual(["2022-10", "2022-11", "2022-12"]);
    expect(gold.claims.map((c) => [c.claimId, c.series.map((p) => p.spans.favor), c.series.map((p) => p.documents.favor)])).toEqual([
      [claims.sanctions, [1, 0, 0], [1, 0, 0]],
      [claims.talks, [0, 0, 1], [0, 0, 1]],
    ]);
    expect(gold.undatedDocuments).toEqual([]);
    // Carol's unsubmitted work never counts, nor does the deleted span.
    const annotator = await stance({ set: "annotator" });
    expect(annotator.claims[0]?.series[0]).toEqual({ period: "2022-10", spans: counts(2, 1), documents: counts(2, 1), net: 1 });
  });

  it("filters by claimant, spelled any way, with document stances where the claimant speaks", async () => {
    const { claims, entities } = world;
    const tokayev = await stance({ claimant: [`e${entities.tokayev}`] });
    expect(tokayev.claims.map((c) => [c.claimId, c.series.map((p) => p.spans), c.undated.spans])).toEqual([
      [claims.sanctions, [counts(2, 1), counts(), counts()], counts()],
      [claims.talks, [counts(), counts(), counts(1)], counts(0, 0, 0, 1)],
    ]);
    expect(tokayev.claims.map((c) => c.series.map((p) => p.documents))).toEqual([
      [counts(1, 1), counts(), counts()],
      [counts(), counts(), counts(1)],
    ]);
    const kremlin = await stance({ claimant: ["mKREMLIN sources"] });
    expect(kremlin.periods).toEqual(["2022-10"]);
    expect(kremlin.claims.map((c) => [c.claimId, c.series[0]?.spans])).toEqual([
      [claims.sanctions, counts(1)],
      [claims.talks, counts(1)],
    ]);
    expect((await stance({ claimant: ["mnobody"] })).claims).toEqual([]);
  });

  it("filters by claim, language, dates and document stance", async () => {
    const { claims, documents } = world;
    const talksOnly = await stance({ claim: [claims.talks] });
    expect(talksOnly.claims.map((c) => c.claimId)).toEqual([claims.talks]);
    const german = await stance({ language: ["de"] });
    expect(german.claims[0]?.series.map((p) => p.spans)).toEqual([counts(2, 1), counts(), counts(), counts(0, 1)]);
    // A range keeps what overlaps it (the month-only and year-only dates of 2022) and drops the undated.
    const autumn = await stance({ from: "2022-10-10", to: "2022-12-31" });
    expect(autumn.periods).toEqual(["2022-10", "2022-11", "2022-12"]);
    expect(autumn.claims[0]?.series[0]?.spans).toEqual(counts(1));
    expect(autumn.undatedDocuments.map((d) => d.id)).toEqual([documents.d3]);
    const against = await stance({ documentStance: "against" });
    // D1 and D5 carry Bob's "against".
    expect(against.claims[0]?.series.map((p) => p.spans)).toEqual([counts(2, 1), counts(), counts(), counts(0, 1)]);
    expect(against.claims[1]?.series[0]?.spans).toEqual(counts(1, 1));
    expect((await stance({ documentStance: "against", set: "gold" })).claims).toEqual([]);
  });

  it("lists a claim the filter names even without counts", async () => {
    const { claims } = world;
    const view = await stance({ claim: [claims.talks], set: "gold", language: ["pl"] });
    expect(view.periods).toEqual([]);
    expect(view.claims).toEqual([{ claimId: claims.talks, statement: "Talks failed", series: [], undated: { spans: counts(), documents: counts() } }]);
  });
});
