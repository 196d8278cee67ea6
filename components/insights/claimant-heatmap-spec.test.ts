import { describe, expect, it } from "vitest";
import { claimantHeatmapSpec, heatmapClaims, minColumnWidth } from "./claimant-heatmap-spec";
import type { NetworkEdge, NetworkNode, NetworkView } from "./insights-types";
import { dataOf, optionsAt } from "./spec-test-helpers";

const stances = [
  { key: "favor", name: "Favor", color: "#16a34a" },
  { key: "against", name: "Against", color: "#dc2626" },
];

const edge = (source: string, target: string, count: number, dominant: string | null = "favor"): NetworkEdge => ({
  id: `${source}|${target}`,
  source,
  target,
  count,
  stances: {},
  dominant,
});
const claimant = (id: string, label: string, count: number): NetworkNode => ({ id, kind: "claimant", label, count });
const claim = (id: string, label: string, count: number): NetworkNode => ({ id, kind: "claim", label, count });

const network: NetworkView = {
  stances,
  nodes: [claim("c1", "=SUM(A1)", 4), claimant("e4", "Tokayev", 2), claimant("mkremlin", 'Kremlin "sources" <b>', 1), claimant("e9", "Rosatom", 1)],
  edges: [edge("e4", "c1", 2, "favor"), edge("mkremlin", "c1", 1, "against"), edge("e9", "c1", 1, null)],
};

/** One claimant making `claims` claims, the first with most spans. */
function manyClaims(claims: number): NetworkView {
  const ids = Array.from({ length: claims }, (_, k) => `c${k + 1}`);
  return {
    stances,
    nodes: [...ids.map((id, k) => claim(id, `Claim ${k + 1}`, claims - k)), claimant("e1", "Tokayev", 100)],
    edges: ids.map((id, k) => edge("e1", id, claims - k)),
  };
}

describe("claimantHeatmapSpec", () => {
  it("puts claimants in rows and claims in columns, each cell coloured by its dominant stance", () => {
    const options = optionsAt(claimantHeatmapSpec(network, stances));
    // The key's 24 px and the upright 8-character claim label (8 px + 8 × 6) on top; 21-character row labels; 3 rows.
    expect(options).toMatchObject({ width: 800, marginTop: 10 + 24 + 56, marginLeft: 12 + 21 * 6, marginBottom: 10, height: 90 + 10 + 3 * 26 });
    expect(options.x).toEqual({ domain: ["c1"], axis: null });
    expect(options.y).toEqual({ domain: ["e4", "mkremlin", "e9"], axis: null });
    expect(options.color).toEqual({ domain: ["Favor", "Against"], range: ["#16a34a", "#dc2626"] });
    expect(options.opacity).toMatchObject({ domain: [0, 2], range: [0.25, 1] });
    expect(dataOf(options.marks[0])).toEqual([
      { row: "e4", column: "c1", count: 2, dominant: "Favor" },
      { row: "mkremlin", column: "c1", count: 1, dominant: "Against" },
      { row: "e9", column: "c1", count: 1, dominant: "none" },
    ]);
    // Cells, counts, claim labels, claimant labels, and a key and a label per stance.
    expect(dataOf(options.marks[2])).toEqual(["c1"]);
    expect(dataOf(options.marks[3])).toEqual(["e4", "mkremlin", "e9"]);
    expect(options.marks).toHaveLength(4 + 2 * 2);
  });

  it("keeps each column readable: a matrix of many claims is wider than its box, to scroll", () => {
    const options = optionsAt(claimantHeatmapSpec(manyClaims(120), stances), 800);
    // "Tokayev" on the left, 10 px on the right, 120 columns.
    expect(options.width).toBe(12 + 7 * 6 + 10 + 120 * minColumnWidth);
    expect(options.style).toEqual({ maxWidth: "none" });
    expect(optionsAt(claimantHeatmapSpec(manyClaims(3), stances), 800).width).toBe(800);
  });

  it("cuts long claim statements on the page, to 32 characters", () => {
    const long = "Sanctions against the central bank will have failed by the end of 2024";
    const view: NetworkView = { ...network, nodes: [claim("c1", long, 4), ...network.nodes.slice(1)] };
    // 8 px + 32 characters of 6 px above the columns.
    expect(optionsAt(claimantHeatmapSpec(view, stances)).marginTop).toBe(10 + 24 + 8 + 32 * 6);
  });

  it("labels the claims below the matrix too once it has more than 30 rows", () => {
    const claimants = Array.from({ length: 31 }, (_, k) => claimant(`e${k + 1}`, `C${k + 1}`, 1));
    const view: NetworkView = { stances, nodes: [claim("c1", "=SUM(A1)", 31), ...claimants], edges: claimants.map((node) => edge(node.id, "c1", 1)) };
    const options = optionsAt(claimantHeatmapSpec(view, stances));
    expect(options.marginBottom).toBe(56);
    expect([dataOf(options.marks[2]), dataOf(options.marks[3])]).toEqual([["c1"], ["c1"]]);
    expect(optionsAt(claimantHeatmapSpec(view, stances, { claimants: 30, claims: 40 })).marginBottom).toBe(10);
  });

  it("keeps the claimants with most spans, and of the claims they make those with most of their spans, when given limits", () => {
    const view: NetworkView = {
      stances,
      nodes: [claim("c1", "Sanctions work", 6), claim("c2", "Talks resume", 3), claimant("e1", "Tokayev", 5), claimant("e2", "Rosatom", 4)],
      edges: [edge("e1", "c1", 5), edge("e2", "c2", 3), edge("e2", "c1", 1)],
    };
    expect(heatmapClaims(view, new Set(["e1", "e2"]))).toEqual(["c1", "c2"]);
    // Rosatom's spans: 3 on "Talks resume", 1 on "Sanctions work".
    expect(heatmapClaims(view, new Set(["e2"]))).toEqual(["c2", "c1"]);
    const options = optionsAt(claimantHeatmapSpec(view, stances, { claimants: 1, claims: 1 }));
    expect(options.y).toMatchObject({ domain: ["e1"] });
    expect(options.x).toMatchObject({ domain: ["c1"] });
    expect(dataOf(options.marks[0])).toEqual([{ row: "e1", column: "c1", count: 5, dominant: "Favor" }]);
    const rosatom = optionsAt(claimantHeatmapSpec({ ...view, nodes: [view.nodes[0]!, view.nodes[1]!, view.nodes[3]!] }, stances, { claimants: 1, claims: 1 }));
    expect(rosatom.x).toMatchObject({ domain: ["c2"] });
    expect(dataOf(rosatom.marks[0])).toEqual([{ row: "e2", column: "c2", count: 3, dominant: "Favor" }]);
  });

  it("is null for a network without edges", () => {
    expect(claimantHeatmapSpec({ ...network, edges: [] }, stances)).toBeNull();
  });
});
