import { describe, expect, it } from "vitest";
import { dataOf, optionsAt } from "./spec-test-helpers";
import type { StanceView } from "./insights-types";
import { chartedClaims, stanceSpec } from "./stance-spec";

const stances = [
  { key: "favor", name: "Favor", color: "#16a34a" },
  { key: "against", name: "Against", color: "#dc2626" },
  { key: "neutral", name: "Neutral", color: "#64748b" },
];

const zero = { favor: 0, against: 0, neutral: 0 };

function view(overrides: Partial<StanceView> = {}): StanceView {
  return {
    interval: "month",
    stances,
    periods: ["2022-10", "2022-11"],
    claims: [
      {
        claimId: 1,
        statement: "Sanctions work",
        series: [
          { period: "2022-10", spans: { favor: 2, against: 1, neutral: 0 }, documents: { favor: 1, against: 1, neutral: 0 }, net: 1 },
          { period: "2022-11", spans: { favor: 0, against: 3, neutral: 0 }, documents: { favor: 0, against: 2, neutral: 0 }, net: -3 },
        ],
        undated: { spans: zero, documents: zero },
      },
      {
        // Only undated spans: nothing to chart.
        claimId: 2,
        statement: "Talks resume",
        series: [
          { period: "2022-10", spans: zero, documents: zero, net: 0 },
          { period: "2022-11", spans: zero, documents: zero, net: 0 },
        ],
        undated: { spans: { favor: 4, against: 0, neutral: 0 }, documents: { favor: 2, against: 0, neutral: 0 } },
      },
    ],
    undatedDocuments: [],
    undatedDocumentCount: 2,
    ...overrides,
  };
}

describe("stanceSpec", () => {
  it("charts only claims with a dated count", () => {
    expect(chartedClaims(view(), "spans").map((claim) => claim.claimId)).toEqual([1]);
    expect(stanceSpec(view({ claims: view().claims.slice(1) }), "spans")).toBeNull();
  });

  it("stacks a bar per period and non-zero stance, with the net stance as a line, one panel per claim", () => {
    const options = optionsAt(stanceSpec(view(), "spans"), 700);
    // One 150 px panel, 60 px of axes and the key's 24 px; the title gap (34) above the key.
    expect(options.height).toBe(234);
    expect(options.marginTop).toBe(58);
    expect(options.x).toMatchObject({ domain: ["2022-10", "2022-11"], ticks: ["2022-10", "2022-11"], tickRotate: 0 });
    expect(options.y).toMatchObject({ label: "Claim spans" });
    expect(options.fy).toMatchObject({ domain: [1] });
    expect(options.color).toEqual({ domain: ["Favor", "Against", "Neutral"], range: ["#16a34a", "#dc2626", "#64748b"] });
    const [bars, , net, titles] = options.marks;
    expect(dataOf(bars)).toEqual([
      { claimId: 1, period: "2022-10", stance: "Favor", count: 2 },
      { claimId: 1, period: "2022-10", stance: "Against", count: 1 },
      { claimId: 1, period: "2022-11", stance: "Against", count: 3 },
    ]);
    expect(dataOf(net)).toEqual([
      { claimId: 1, period: "2022-10", net: 1 },
      { claimId: 1, period: "2022-11", net: -3 },
    ]);
    expect((dataOf(titles) as { claimId: number }[]).map((claim) => claim.claimId)).toEqual([1]);
    // Bars, the zero rule, the net line, the titles, and a key and a label for 3 stances and the net.
    expect(options.marks).toHaveLength(4 + 2 * 4);
  });

  it("counts documents when asked, and draws no net line without both favor and against", () => {
    const options = optionsAt(stanceSpec(view({ stances: stances.filter((stance) => stance.key !== "against") }), "documents"));
    expect(options.y).toMatchObject({ label: "Documents" });
    expect(dataOf(options.marks[0])).toEqual([{ claimId: 1, period: "2022-10", stance: "Favor", count: 1 }]);
    // Bars, the zero rule and the titles; a key and a label for 2 stances.
    expect(options.marks).toHaveLength(3 + 2 * 2);
  });

  it("draws only the first claims (those with most counts) when given a limit", () => {
    const first = view().claims[0]!;
    const claims = [first, { ...first, claimId: 3, statement: "Prices rise" }, { ...first, claimId: 4, statement: "Aid arrives" }];
    const options = optionsAt(stanceSpec(view({ claims }), "spans", 2));
    expect(options.fy).toMatchObject({ domain: [1, 3] });
    expect(options.height).toBe(2 * 150 + 60 + 24);
    expect(optionsAt(stanceSpec(view({ claims }), "spans")).fy).toMatchObject({ domain: [1, 3, 4] });
  });

  it("labels every second period of 20, slanted", () => {
    const periods = Array.from({ length: 20 }, (_, k) => `2021-${String(k + 1).padStart(2, "0")}`);
    const claim = view().claims[0]!;
    const options = optionsAt(
      stanceSpec(view({ periods, claims: [{ ...claim, series: periods.map((period) => ({ ...claim.series[0]!, period })) }] }), "spans"),
    );
    expect(options.x).toMatchObject({ domain: periods, ticks: periods.filter((_, k) => k % 2 === 0), tickRotate: -35 });
  });
});
