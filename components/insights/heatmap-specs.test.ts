import { describe, expect, it } from "vitest";
import { dataOf, optionsAt } from "./spec-test-helpers";
import { coverageSpec } from "./heatmap-specs";
import type { CoverageView } from "./insights-types";

const coverage: CoverageView = {
  languages: ["de", "pl"],
  sources: ["spiegel.de", "(no source)"],
  claims: [
    { claimId: 1, statement: "Sanctions work", documents: 3, byLanguage: { de: 3, pl: 0 }, bySource: { "spiegel.de": 2, "(no source)": 1 } },
    { claimId: 2, statement: "Talks resume", documents: 0, byLanguage: {}, bySource: {} },
  ],
};

describe("coverageSpec", () => {
  it("draws a cell per claim and language with documents, sized to the labels", () => {
    const options = optionsAt(coverageSpec(coverage, "byLanguage"), 600);
    // Row labels of 14 characters at 6 px; 2-character columns stay upright; one 26 px row.
    expect(options).toMatchObject({ width: 600, marginTop: 10, marginLeft: 124, marginBottom: 40, height: 76 });
    // Only columns with a count: no "pl".
    expect(options.x).toMatchObject({ domain: ["de"], tickRotate: 0, label: "Language" });
    expect(options.y).toMatchObject({ domain: ["1"] });
    expect(options.color).toMatchObject({ type: "sqrt", domain: [0, 3] });
    expect(dataOf(options.marks[0])).toEqual([{ row: "1", column: "de", count: 3 }]);
    expect(options.marks).toHaveLength(2);
  });

  it("slants long source names and makes room for them below", () => {
    const options = optionsAt(coverageSpec(coverage, "bySource"));
    // "(no source)" is 11 characters: 40 + round(11 × 6 × 0.6) px below the cells.
    expect(options).toMatchObject({ marginBottom: 80, height: 10 + 80 + 26 });
    expect(options.x).toMatchObject({ domain: ["spiegel.de", "(no source)"], tickRotate: -35, label: "Source" });
    expect(dataOf(options.marks[0])).toEqual([
      { row: "1", column: "spiegel.de", count: 2 },
      { row: "1", column: "(no source)", count: 1 },
    ]);
  });

  it("keeps the claims in most documents when given a limit", () => {
    const wider: CoverageView = {
      ...coverage,
      claims: [...coverage.claims.slice(0, 1), { claimId: 3, statement: "Prices rise", documents: 1, byLanguage: { pl: 1 }, bySource: { "(no source)": 1 } }],
    };
    expect(optionsAt(coverageSpec(wider, "byLanguage", 1))).toMatchObject({ x: { domain: ["de"] }, y: { domain: ["1"] } });
    expect(optionsAt(coverageSpec(wider, "byLanguage"))).toMatchObject({ x: { domain: ["de", "pl"] }, y: { domain: ["1", "3"] } });
  });

  it("is null without a claim or a column to draw", () => {
    expect(coverageSpec({ ...coverage, claims: coverage.claims.slice(1) }, "byLanguage")).toBeNull();
    expect(coverageSpec({ ...coverage, languages: [] }, "byLanguage")).toBeNull();
  });
});
