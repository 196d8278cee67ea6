import { describe, expect, it } from "vitest";
import { dominantStance, stanceColumns } from "./stance-columns";
import { buildStanceView, type DatedCount } from "./stance-view";

const schema = [
  { key: "favor", name: "Favor", color: "#16a34a" },
  { key: "against", name: "Against", color: "#dc2626" },
];
const statements = new Map([
  [1, "Sanctions work"],
  [2, "Talks failed"],
]);
const count = (claimId: number, stance: string, publishedAt: string | null, n: number): DatedCount => ({ claimId, stance, publishedAt, n });

// Two days of late December, New Year's Day, a month-only and a year-only date, none.
const spanCounts = [
  count(1, "favor", "2022-12-30", 2),
  count(1, "against", "2022-12-31", 1),
  count(1, "favor", "2023-01-01", 4),
  count(1, "against", "2023-01", 1),
  count(2, "favor", "2022", 3),
  count(2, "against", null, 1),
];
const documentCounts = [count(1, "favor", "2022-12-30", 1), count(1, "against", "2023-01", 1)];
const undatedDocuments = [
  { id: 7, title: "A year", publishedAt: "2022" },
  { id: 9, title: "No date", publishedAt: null },
];

const view = (interval: "month" | "week" | "quarter", claimIds: number[] = []) =>
  buildStanceView({ interval, schema, statements, spanCounts, documentCounts, claimIds, undatedDocuments, undatedDocumentCount: 2 });

describe("buildStanceView", () => {
  it("sums by month, listing every month between the first and the last", () => {
    const { periods, claims, stances } = view("month");
    expect(stances.map((s) => s.key)).toEqual(["favor", "against"]);
    expect(periods).toEqual(["2022-12", "2023-01"]);
    // Claim 1 has 8 spans, claim 2 four: claim 1 first.
    expect(claims.map((c) => c.claimId)).toEqual([1, 2]);
    expect(claims[0]?.series).toEqual([
      { period: "2022-12", spans: { favor: 2, against: 1 }, documents: { favor: 1, against: 0 }, net: 1 },
      { period: "2023-01", spans: { favor: 4, against: 1 }, documents: { favor: 0, against: 1 }, net: 3 },
    ]);
    expect(claims[1]).toEqual({
      claimId: 2,
      statement: "Talks failed",
      series: [
        { period: "2022-12", spans: { favor: 0, against: 0 }, documents: { favor: 0, against: 0 }, net: 0 },
        { period: "2023-01", spans: { favor: 0, against: 0 }, documents: { favor: 0, against: 0 }, net: 0 },
      ],
      undated: { spans: { favor: 3, against: 1 }, documents: { favor: 0, against: 0 } },
    });
  });

  it("puts the year's last days and New Year's Day in one ISO week, a month-only date undated", () => {
    const { periods, claims, undatedDocuments } = view("week");
    expect(periods).toEqual(["2022-W52"]);
    expect(claims[0]?.series).toEqual([{ period: "2022-W52", spans: { favor: 6, against: 1 }, documents: { favor: 1, against: 0 }, net: 5 }]);
    expect(claims[0]?.undated).toEqual({ spans: { favor: 0, against: 1 }, documents: { favor: 0, against: 1 } });
    expect(undatedDocuments).toEqual([
      { id: 7, title: "A year", publishedAt: "2022", reason: "year_only" },
      { id: 9, title: "No date", publishedAt: null, reason: "missing" },
    ]);
  });

  it("sums by quarter across the year end", () => {
    expect(view("quarter").claims[0]?.series.map((p) => [p.period, p.spans])).toEqual([
      ["2022-Q4", { favor: 2, against: 1 }],
      ["2023-Q1", { favor: 4, against: 1 }],
    ]);
  });

  it("shows exactly the claims a filter names, counted or not", () => {
    const { claims } = buildStanceView({
      interval: "month",
      schema,
      statements: new Map([...statements, [3, "Unheard of"]]),
      spanCounts,
      documentCounts: [],
      claimIds: [3, 1],
      undatedDocuments: [],
      undatedDocumentCount: 0,
    });
    expect(claims.map((c) => [c.claimId, c.statement, c.series.length])).toEqual([
      [1, "Sanctions work", 2],
      [3, "Unheard of", 2],
    ]);
    expect(claims[1]?.series[0]).toEqual({ period: "2022-12", spans: { favor: 0, against: 0 }, documents: { favor: 0, against: 0 }, net: 0 });
  });

  it("keeps stances the schema no longer lists, after its own", () => {
    const { stances, claims } = buildStanceView({
      interval: "month",
      schema,
      statements,
      spanCounts: [count(1, "sceptical", "2022-10-01", 2), count(1, "favor", "2022-10-02", 1)],
      documentCounts: [],
      claimIds: [],
      undatedDocuments: [],
      undatedDocumentCount: 0,
    });
    expect(stances).toEqual([...schema, { key: "sceptical", name: "sceptical", color: "#94a3b8" }]);
    expect(claims[0]?.series[0]?.spans).toEqual({ favor: 1, against: 0, sceptical: 2 });
  });
});

describe("stance columns", () => {
  it("breaks ties by schema order and has no dominant stance without counts", () => {
    const columns = stanceColumns(schema, ["unclear"]);
    expect(dominantStance({ favor: 2, against: 2, unclear: 1 }, columns)).toBe("favor");
    expect(dominantStance({ favor: 1, against: 2, unclear: 2 }, columns)).toBe("against");
    expect(dominantStance({ favor: 0, against: 0, unclear: 0 }, columns)).toBeNull();
  });
});
