import Graph from "graphology";
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";

/** What ForceAtlas2 needs of the network: node sizes and weighted edges, in the view's order. */
export interface LayoutInput {
  nodes: { id: string; size: number }[];
  edges: { source: string; target: string; count: number }[];
}

export type LayoutPositions = Record<string, { x: number; y: number }>;

const layoutIterations = 400;

/** ForceAtlas2 from a circle, so the same data always gives the same picture. */
export function layoutPositions(input: LayoutInput): LayoutPositions {
  const graph = new Graph<{ x: number; y: number; size: number }, { count: number }>({ type: "directed" });
  for (const node of input.nodes) graph.addNode(node.id, { x: 0, y: 0, size: node.size });
  for (const edge of input.edges) graph.addDirectedEdge(edge.source, edge.target, { count: edge.count });
  circular.assign(graph, { scale: 100 });
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: layoutIterations,
      getEdgeWeight: "count",
      settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 8, adjustSizes: true, barnesHutOptimize: graph.order > 500 },
    });
  }
  return Object.fromEntries(graph.mapNodes((id, { x, y }) => [id, { x, y }]));
}
