import type { NetworkView } from "./network-view";

/** Something whose evidence the Insights page lists: a claimant, a claim, or a claimant → claim pair. */
export interface EvidenceChoice {
  /** The network's node or edge id, as the page's `selected` parameter holds it. */
  id: string;
  kind: "claimant" | "claim" | "pair";
  label: string;
  /** Claim spans behind it. */
  count: number;
  /** The label as matched: lower case, without diacritics. */
  searchText: string;
}

export interface EvidenceMatches {
  /** The best matches, at most the limit asked for. */
  matches: EvidenceChoice[];
  /** All choices that match. */
  total: number;
}

/** Case and accents aside, so "lodz" finds "Łódź" and "Tokayev" finds "TOKAYEV". */
export function toSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/giu, "l")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

const byLabel = new Intl.Collator("en");

/** Every node and edge of the network, most evidence first (ties by label). */
export function evidenceChoicesOf(view: Pick<NetworkView, "nodes" | "edges">): EvidenceChoice[] {
  const labels = new Map(view.nodes.map((node) => [node.id, node.label]));
  const choice = (id: string, kind: EvidenceChoice["kind"], label: string, count: number): EvidenceChoice => ({
    id,
    kind,
    label,
    count,
    searchText: toSearchText(label),
  });
  return [
    ...view.nodes.map((node) => choice(node.id, node.kind, node.label, node.count)),
    ...view.edges.map((edge) =>
      choice(edge.id, "pair", `${labels.get(edge.source) ?? edge.source} → ${labels.get(edge.target) ?? edge.target}`, edge.count),
    ),
  ].sort((a, b) => b.count - a.count || byLabel.compare(a.label, b.label));
}

/** 0: the label begins with the query; 1: each word of the query begins a word of the label; 2: it only contains them. */
function rankOf(searchText: string, query: string, terms: string[]): number {
  if (searchText.startsWith(query)) return 0;
  const words = searchText.split(/[\s→]+/u);
  return terms.every((term) => words.some((word) => word.startsWith(term))) ? 1 : 2;
}

/**
 * The choices whose label holds every word of `query` (in any order), best first: by how well the
 * label matches, then by evidence. An empty query matches everything, most evidence first.
 */
export function matchEvidenceChoices(choices: EvidenceChoice[], query: string, limit: number): EvidenceMatches {
  const wanted = toSearchText(query);
  if (wanted === "") return { matches: choices.slice(0, limit), total: choices.length };
  const terms = wanted.split(" ");
  const ranked = choices
    .filter((choice) => terms.every((term) => choice.searchText.includes(term)))
    .map((choice, order) => ({ choice, order, rank: rankOf(choice.searchText, wanted, terms) }));
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return { matches: ranked.slice(0, limit).map((entry) => entry.choice), total: ranked.length };
}
