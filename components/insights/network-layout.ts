import Graph from "graphology";
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";

/** What ForceAtlas2 needs of the network: node sizes and weighted edges, in the view's order. */
export interface LayoutInput {
  nodes: { id: string; size: number }[];
  edges: { source: string; target: string; count: number }[];
}

export type LayoutPositions = Record<string, { x: number; y: number }>;

/** Iterations for a small network; a big one gets fewer, each iteration costing more. */
const maxIterations = 400;
const minIterations = 100;
const iterationBudget = 100_000;

/** Iterations for a network of `order` nodes: the full count up to 250 nodes, then fewer (143 for 700). */
export const layoutIterations = (order: number) =>
  Math.round(Math.min(maxIterations, Math.max(minIterations, iterationBudget / Math.max(1, order))));

/** ForceAtlas2 from a circle, so the same data always gives the same picture. */
export function layoutPositions(input: LayoutInput): LayoutPositions {
  const graph = new Graph<{ x: number; y: number; size: number }, { count: number }>({ type: "directed" });
  for (const node of input.nodes) graph.addNode(node.id, { x: 0, y: 0, size: node.size });
  for (const edge of input.edges) graph.addDirectedEdge(edge.source, edge.target, { count: edge.count });
  circular.assign(graph, { scale: 100 });
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: layoutIterations(graph.order),
      getEdgeWeight: "count",
      settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 8, adjustSizes: true, barnesHutOptimize: graph.order > 500 },
    });
  }
  return Object.fromEntries(graph.mapNodes((id, { x, y }) => [id, { x, y }]));
}
