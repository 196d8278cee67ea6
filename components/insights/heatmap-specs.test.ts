import { describe, expect, it } from "vitest";
import { dataOf, optionsAt } from "./spec-test-helpers";
import { claimantHeatmapSpec, coverageSpec } from "./heatmap-specs";
import type { CoverageView, NetworkView } from "./insights-types";

const coverage: CoverageView = {
  languages: ["de", "pl"],
  sources: ["spiegel.de", "(no source)"],
  claims: [
    { claimId: 1, statement: "Sanctions work", documents: 3, byLanguage: { de: 3, pl: 0 }, bySource: { "spiegel.de": 2, "(no source)": 1 } },
    { claimId: 2, statement: "Talks resume", documents: 0, byLanguage: {}, bySource: {} },
  ],
};

const stances = [
  { key: "favor", name: "Favor", color: "#16a34a" },
  { key: "against", name: "Against", color: "#dc2626" },
];

const network: NetworkView = {
  stances,
  nodes: [
    { id: "c1", kind: "claim", label: "=SUM(A1)", count: 4 },
    { id: "e4", kind: "claimant", label: "Tokayev", count: 2 },
    { id: "mkremlin", kind: "claimant", label: 'Kremlin "sources" <b>', count: 1 },
    { id: "e9", kind: "claimant", label: "Rosatom", count: 1 },
  ],
  edges: [
    { id: "e4|c1", source: "e4", target: "c1", count: 2, stances: { favor: 2, against: 0 }, dominant: "favor" },
    { id: "mkremlin|c1", source: "mkremlin", target: "c1", count: 1, stances: { favor: 0, against: 1 }, dominant: "against" },
    { id: "e9|c1", source: "e9", target: "c1", count: 1, stances: { favor: 0, against: 0 }, dominant: null },
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

describe("claimantHeatmapSpec", () => {
  it("puts claimants in rows and claims in columns, each cell coloured by its dominant stance", () => {
    const options = optionsAt(claimantHeatmapSpec(network, stances));
    // The key's 24 px on top; 21-character row labels; the 8-character claim label slanted; 3 rows.
    expect(options).toMatchObject({ marginTop: 34, marginLeft: 40 + 21 * 6, marginBottom: 69, height: 34 + 69 + 3 * 26 });
    expect(options.x).toMatchObject({ domain: ["c1"], tickRotate: -35, label: "Claim" });
    expect(options.y).toMatchObject({ domain: ["e4", "mkremlin", "e9"] });
    expect(options.color).toEqual({ domain: ["Favor", "Against"], range: ["#16a34a", "#dc2626"] });
    expect(options.opacity).toMatchObject({ domain: [0, 2], range: [0.25, 1] });
    expect(dataOf(options.marks[0])).toEqual([
      { row: "e4", column: "c1", count: 2, dominant: "Favor" },
      { row: "mkremlin", column: "c1", count: 1, dominant: "Against" },
      { row: "e9", column: "c1", count: 1, dominant: "none" },
    ]);
    // Cells, counts, and a key and a label per stance.
    expect(options.marks).toHaveLength(2 + 2 * 2);
  });

  it("keeps the claimants with most spans, and only the claims they make, when given a limit", () => {
    const wider: NetworkView = {
      ...network,
      nodes: [...network.nodes, { id: "c2", kind: "claim", label: "Talks resume", count: 1 }],
      edges: [...network.edges, { id: "e9|c2", source: "e9", target: "c2", count: 1, stances: { favor: 1, against: 0 }, dominant: "favor" }],
    };
    const options = optionsAt(claimantHeatmapSpec(wider, stances, 2));
    expect(options.y).toMatchObject({ domain: ["e4", "mkremlin"] });
    expect(options.x).toMatchObject({ domain: ["c1"] });
    expect((dataOf(options.marks[0]) as { row: string }[]).map((cell) => cell.row)).toEqual(["e4", "mkremlin"]);
    expect(optionsAt(claimantHeatmapSpec(wider, stances)).x).toMatchObject({ domain: ["c1", "c2"] });
  });

  it("is null for a network without edges", () => {
    expect(claimantHeatmapSpec({ ...network, edges: [] }, stances)).toBeNull();
  });
});
