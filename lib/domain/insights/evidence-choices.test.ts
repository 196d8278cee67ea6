import { describe, expect, it } from "vitest";
import { evidenceChoicesOf, matchEvidenceChoices, toSearchText } from "./evidence-choices";
import type { NetworkEdge, NetworkNode } from "./network-view";

const node = (id: string, kind: NetworkNode["kind"], label: string, count: number): NetworkNode => ({ id, kind, label, count });
const edge = (source: string, target: string, count: number): NetworkEdge => ({
  id: `${source}|${target}`,
  source,
  target,
  count,
  stances: {},
  dominant: null,
});

const view = {
  nodes: [
    node("c1", "claim", "Sanctions work", 9),
    node("c2", "claim", "Talks in Łódź resume", 2),
    node("e4", "claimant", "Tokayev", 6),
    node("mkremlin sources", "claimant", "Kremlin sources", 5),
  ],
  edges: [edge("e4", "c1", 4), edge("mkremlin sources", "c1", 5), edge("e4", "c2", 2)],
};
const choices = evidenceChoicesOf(view);
const ids = (query: string, limit = 10) => matchEvidenceChoices(choices, query, limit).matches.map((choice) => choice.id);

describe("evidenceChoicesOf", () => {
  it("lists every node and edge, a pair named by its claimant and claim, most evidence first", () => {
    expect(choices.map(({ id, kind, label, count }) => ({ id, kind, label, count }))).toEqual([
      { id: "c1", kind: "claim", label: "Sanctions work", count: 9 },
      { id: "e4", kind: "claimant", label: "Tokayev", count: 6 },
      // Ties by label: "Kremlin sources" before "Kremlin sources → Sanctions work".
      { id: "mkremlin sources", kind: "claimant", label: "Kremlin sources", count: 5 },
      { id: "mkremlin sources|c1", kind: "pair", label: "Kremlin sources → Sanctions work", count: 5 },
      { id: "e4|c1", kind: "pair", label: "Tokayev → Sanctions work", count: 4 },
      { id: "c2", kind: "claim", label: "Talks in Łódź resume", count: 2 },
      { id: "e4|c2", kind: "pair", label: "Tokayev → Talks in Łódź resume", count: 2 },
    ]);
  });
});

describe("matchEvidenceChoices", () => {
  it("matches everything, most evidence first, on an empty query, up to the limit", () => {
    expect(matchEvidenceChoices(choices, "  ", 3)).toEqual({ matches: choices.slice(0, 3), total: 7 });
  });

  it("puts labels that begin with the query first, then word beginnings, then other matches", () => {
    // "Sanctions work" has most evidence but holds "t" only inside a word: last.
    expect(ids("t")).toEqual(["e4", "e4|c1", "c2", "e4|c2", "c1", "mkremlin sources|c1"]);
    // "Sanctions work" begins with "s"; "Kremlin sources" has a word that does; "Talks…" only holds one.
    expect(ids("s")).toEqual(["c1", "mkremlin sources", "mkremlin sources|c1", "e4|c1", "c2", "e4|c2"]);
  });

  it("needs every word of the query, in any order, and ignores case and accents", () => {
    expect(ids("sanctions TOKAYEV")).toEqual(["e4|c1"]);
    expect(ids("lodz")).toEqual(["c2", "e4|c2"]);
    expect(ids("kremlin → work")).toEqual(["mkremlin sources|c1"]);
    expect(ids("nobody")).toEqual([]);
  });

  it("counts all matches while returning only as many as the limit", () => {
    expect(matchEvidenceChoices(choices, "sanctions", 2)).toEqual({
      matches: [choices[0], choices[3]],
      total: 3,
    });
  });

  it("folds text for matching: case, accents, Polish ł and runs of whitespace", () => {
    expect(toSearchText("  Łódź\t Résumé ")).toBe("lodz resume");
  });
});
