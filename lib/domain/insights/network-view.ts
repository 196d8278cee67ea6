import { claimantKeyOf } from "./claimant-key";
import { dominantStance, type StanceColumn, stanceColumns, type StanceCounts, zeroCounts } from "./stance-columns";

export interface NetworkNode {
  /** `c<claimId>` for a claim; `e<entityId>` or `m<text>` for a claimant. */
  id: string;
  kind: "claim" | "claimant";
  label: string;
  /** Claim spans on the node's edges. */
  count: number;
}

export interface NetworkEdge {
  /** `<claimant node>|<claim node>`. */
  id: string;
  source: string;
  target: string;
  count: number;
  stances: StanceCounts;
  /** The stance with the highest count; ties go to the one the schema lists first. */
  dominant: string | null;
}

export interface NetworkView {
  stances: StanceColumn[];
  /** Claims first, then claimants; each by count, most first, then by id. */
  nodes: NetworkNode[];
  /** By count, most first, then by id. */
  edges: NetworkEdge[];
}

/** Claim spans counted by claimant (entity, or the text of an unlinked mention), claim and stance. */
export interface ClaimantCount {
  claimantEntityId: number | null;
  mentionQuote: string | null;
  claimId: number;
  stance: string;
  n: number;
}

export const claimNodeId = (claimId: number) => `c${claimId}`;

// "c2" before "c10".
const compareIds = new Intl.Collator("en", { numeric: true }).compare;
const byCountThenId = <T extends { count: number; id: string }>(a: T, b: T) => b.count - a.count || compareIds(a.id, b.id);

/** The most frequent spelling of an unlinked claimant; ties go to the one that sorts first. */
function commonestSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) [best, bestCount] = [spelling, count];
  }
  return best;
}

/**
 * Who says what: a bipartite graph of claimants and claims, one edge per pair with its counts by
 * stance. Spans without a claimant have no edge; spellings of one unlinked claimant merge.
 */
export function buildNetworkView(input: {
  schema: readonly StanceColumn[];
  statements: ReadonlyMap<number, string>;
  entityNames: ReadonlyMap<number, string>;
  counts: readonly ClaimantCount[];
}): NetworkView {
  const stances = stanceColumns(input.schema, input.counts.map((row) => row.stance));
  const edges = new Map<string, NetworkEdge>();
  const nodes = new Map<string, NetworkNode>();
  const spellings = new Map<string, Map<string, number>>();
  const nodeOf = (id: string, kind: NetworkNode["kind"], label: () => string) => {
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { id, kind, label: label(), count: 0 }));
    return node;
  };
  for (const { claimantEntityId, mentionQuote, claimId, stance, n } of input.counts) {
    const claimant = claimantKeyOf(claimantEntityId, mentionQuote);
    if (claimant === null) continue;
    const claimantNode = nodeOf(claimant, "claimant", () =>
      claimantEntityId === null ? "" : (input.entityNames.get(claimantEntityId) ?? `Entity ${claimantEntityId}`),
    );
    if (claimantEntityId === null && mentionQuote !== null) {
      let byClaimant = spellings.get(claimant);
      if (!byClaimant) spellings.set(claimant, (byClaimant = new Map()));
      const spelling = mentionQuote.trim();
      byClaimant.set(spelling, (byClaimant.get(spelling) ?? 0) + n);
    }
    const claimNode = nodeOf(claimNodeId(claimId), "claim", () => input.statements.get(claimId) ?? `Claim ${claimId}`);
    const id = `${claimant}|${claimNode.id}`;
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { id, source: claimant, target: claimNode.id, count: 0, stances: zeroCounts(stances), dominant: null }));
    edge.count += n;
    edge.stances[stance] = (edge.stances[stance] ?? 0) + n;
    claimantNode.count += n;
    claimNode.count += n;
  }
  for (const [id, byClaimant] of spellings) nodes.get(id)!.label = commonestSpelling(byClaimant);
  for (const edge of edges.values()) edge.dominant = dominantStance(edge.stances, stances);
  const all = [...nodes.values()];
  return {
    stances,
    nodes: [...all.filter((node) => node.kind === "claim").sort(byCountThenId), ...all.filter((node) => node.kind === "claimant").sort(byCountThenId)],
    edges: [...edges.values()].sort(byCountThenId),
  };
}
