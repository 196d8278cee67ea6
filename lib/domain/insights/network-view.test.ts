import { describe, expect, it } from "vitest";
import { buildNetworkView, type ClaimantCount } from "./network-view";

const schema = [
  { key: "favor", name: "Favor", color: "#16a34a" },
  { key: "against", name: "Against", color: "#dc2626" },
  { key: "neutral", name: "Neutral", color: "#64748b" },
];
const row = (claimantEntityId: number | null, mentionQuote: string | null, claimId: number, stance: string, n: number): ClaimantCount => ({
  claimantEntityId,
  mentionQuote,
  claimId,
  stance,
  n,
});

describe("buildNetworkView", () => {
  const view = buildNetworkView({
    schema,
    statements: new Map([
      [2, "Sanctions work"],
      [10, "Talks failed"],
    ]),
    entityNames: new Map([[5, "Tokayev"]]),
    counts: [
      row(5, null, 2, "favor", 3),
      row(5, null, 2, "against", 3),
      row(5, null, 10, "neutral", 1),
      // One unlinked claimant in three spellings; "Kremlin sources" is the commonest.
      row(null, "Kremlin sources", 2, "against", 2),
      row(null, "KREMLIN SOURCES ", 2, "against", 1),
      row(null, " kremlin\nsources", 10, "favor", 1),
      // No claimant: no edge.
      row(null, null, 10, "favor", 7),
      // An entity missing from the names (deleted since).
      row(8, null, 10, "against", 1),
    ],
  });

  it("merges the spellings of an unlinked claimant and names it by the commonest", () => {
    expect(view.nodes).toEqual([
      { id: "c2", kind: "claim", label: "Sanctions work", count: 9 },
      { id: "c10", kind: "claim", label: "Talks failed", count: 3 },
      { id: "e5", kind: "claimant", label: "Tokayev", count: 7 },
      { id: "mkremlin sources", kind: "claimant", label: "Kremlin sources", count: 4 },
      { id: "e8", kind: "claimant", label: "Entity 8", count: 1 },
    ]);
  });

  it("counts each edge by stance; a tie goes to the stance the schema lists first", () => {
    expect(view.edges).toEqual([
      { id: "e5|c2", source: "e5", target: "c2", count: 6, stances: { favor: 3, against: 3, neutral: 0 }, dominant: "favor" },
      { id: "mkremlin sources|c2", source: "mkremlin sources", target: "c2", count: 3, stances: { favor: 0, against: 3, neutral: 0 }, dominant: "against" },
      { id: "e5|c10", source: "e5", target: "c10", count: 1, stances: { favor: 0, against: 0, neutral: 1 }, dominant: "neutral" },
      { id: "e8|c10", source: "e8", target: "c10", count: 1, stances: { favor: 0, against: 1, neutral: 0 }, dominant: "against" },
      { id: "mkremlin sources|c10", source: "mkremlin sources", target: "c10", count: 1, stances: { favor: 1, against: 0, neutral: 0 }, dominant: "favor" },
    ]);
  });

  it("is empty without attributed spans", () => {
    const empty = buildNetworkView({ schema, statements: new Map(), entityNames: new Map(), counts: [row(null, null, 1, "favor", 2)] });
    expect(empty).toEqual({ stances: schema, nodes: [], edges: [] });
  });
});
