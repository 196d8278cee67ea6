import type { ExportDocument } from "./dataset-model";

export interface DiscourseEdge {
  claimantId: number;
  claimId: number;
  stance: string;
  /** Number of claim spans. */
  weight: number;
}

/**
 * The discourse network: who (claimant) said what (canonical claim) with which stance, as
 * counts. It grows one document at a time and holds only nodes and edges, never spans.
 */
export interface DiscourseNetwork {
  claimants: Map<number, string>;
  claims: Map<number, string>;
  edges: Map<string, DiscourseEdge>;
}

export function createDiscourseNetwork(): DiscourseNetwork {
  return { claimants: new Map(), claims: new Map(), edges: new Map() };
}

/**
 * Adds the document's claim spans. The claimant is the span's claimant, else the entity
 * linked to its claimant mention; spans without claimant, canonical claim or stance say
 * nothing about the network and are skipped. Pass one annotation set, or counts double.
 */
export function addToDiscourseNetwork(network: DiscourseNetwork, document: ExportDocument): void {
  const spansById = new Map(document.spans.map((span) => [span.id, span]));
  for (const span of document.spans) {
    if (span.layer !== "claim" || !span.claim || !span.stance) continue;
    const mention = span.claimantMentionId === null ? undefined : spansById.get(span.claimantMentionId);
    const claimant = span.claimant ?? mention?.entity ?? null;
    if (!claimant) continue;
    network.claimants.set(claimant.id, claimant.name);
    network.claims.set(span.claim.id, span.claim.statement);
    const key = `${claimant.id}\u0000${span.claim.id}\u0000${span.stance}`;
    const edge = network.edges.get(key);
    if (edge) edge.weight++;
    else network.edges.set(key, { claimantId: claimant.id, claimId: span.claim.id, stance: span.stance, weight: 1 });
  }
}

/** Edges in a stable order: by claimant, claim, then stance. */
export function sortedEdges(network: DiscourseNetwork): DiscourseEdge[] {
  return [...network.edges.values()].sort(
    (a, b) => a.claimantId - b.claimantId || a.claimId - b.claimId || a.stance.localeCompare(b.stance),
  );
}
