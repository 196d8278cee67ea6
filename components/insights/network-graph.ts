import Graph from "graphology";
import type Sigma from "sigma";
import * as Plot from "@observablehq/plot";
import type { PlotSpec } from "./chart-card";
import type { NetworkView, StanceLegendItem } from "./insights-types";
import type { LayoutInput, LayoutPositions } from "./network-layout";
import { legendHeight, legendMarks } from "./plot-legend";
import { truncate } from "./truncate";

export interface ActorNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: "claim" | "claimant";
  count: number;
}

export interface ActorEdgeAttributes {
  size: number;
  color: string;
  count: number;
  dominant: string | null;
}

export type ActorGraph = Graph<ActorNodeAttributes, ActorEdgeAttributes>;
export type ActorSigma = Sigma<ActorNodeAttributes, ActorEdgeAttributes>;

export const claimNodeColor = "#4f46e5";
export const claimantNodeColor = "#64748b";
const fallbackEdgeColor = "#94a3b8";

const scaled = (value: number, max: number, from: number, to: number) =>
  from + (to - from) * Math.sqrt(value / Math.max(1, max));

/** The actor × claim network as a graphology graph, every node at the origin until laid out. */
export function buildActorGraph(view: NetworkView, stances: StanceLegendItem[]): ActorGraph {
  const graph: ActorGraph = new Graph({ type: "directed" });
  const colors = new Map(stances.map((stance) => [stance.key, stance.color]));
  const maxNode = Math.max(1, ...view.nodes.map((node) => node.count));
  const maxEdge = Math.max(1, ...view.edges.map((edge) => edge.count));
  for (const node of view.nodes) {
    graph.addNode(node.id, {
      x: 0,
      y: 0,
      size: scaled(node.count, maxNode, 4, 16),
      color: node.kind === "claim" ? claimNodeColor : claimantNodeColor,
      label: node.label,
      kind: node.kind,
      count: node.count,
    });
  }
  for (const edge of view.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      size: scaled(edge.count, maxEdge, 1, 6),
      color: (edge.dominant !== null && colors.get(edge.dominant)) || fallbackEdgeColor,
      count: edge.count,
      dominant: edge.dominant,
    });
  }
  return graph;
}

export function layoutInputOf(graph: ActorGraph): LayoutInput {
  return {
    nodes: graph.mapNodes((id, { size }) => ({ id, size })),
    edges: graph.mapEdges((_key, { count }, source, target) => ({ source, target, count })),
  };
}

export function applyLayout(graph: ActorGraph, positions: LayoutPositions): void {
  graph.updateEachNodeAttributes((id, attributes) => ({ ...attributes, ...positions[id] }));
}

/** The laid-out network drawn by Plot, for the SVG and PNG downloads (sigma draws WebGL). */
export function networkImageSpec(graph: ActorGraph, stances: StanceLegendItem[]): PlotSpec {
  const nodes = graph.mapNodes((id, attributes) => ({ id, ...attributes }));
  const links = graph.mapEdges((_key, attributes, source, target) => ({
    ...attributes,
    from: graph.getNodeAttributes(source),
    to: graph.getNodeAttributes(target),
  }));
  const used = new Set(links.map((link) => link.dominant));
  const spread = (values: number[]) => Math.max(1e-6, Math.max(...values) - Math.min(...values));
  const shape = spread(nodes.map((node) => node.y)) / spread(nodes.map((node) => node.x));
  const marginTop = 20 + legendHeight;
  return (width) => ({
    width,
    // As wide as the layout, within bounds (a taller layout is squeezed rather than scrolled).
    height: Math.round(Math.min(720, Math.max(320, width * shape))) + marginTop,
    marginTop,
    marginLeft: 10,
    marginRight: 10,
    insetTop: 30,
    insetBottom: 24,
    insetLeft: 90,
    insetRight: 90,
    x: { axis: null },
    y: { axis: null },
    marks: [
      Plot.link(links, {
        x1: (link: (typeof links)[number]) => link.from.x,
        y1: (link: (typeof links)[number]) => link.from.y,
        x2: (link: (typeof links)[number]) => link.to.x,
        y2: (link: (typeof links)[number]) => link.to.y,
        stroke: "color",
        strokeWidth: "size",
        strokeOpacity: 0.75,
      }),
      Plot.dot(nodes, { x: "x", y: "y", r: "size", fill: "color", stroke: "white", strokeWidth: 1 }),
      Plot.text(nodes, {
        x: "x",
        y: "y",
        text: (node: (typeof nodes)[number]) => truncate(node.label, 40),
        dy: -15,
        lineAnchor: "bottom",
        fontSize: 10,
        stroke: "white",
        strokeWidth: 3,
        fill: "#0f172a",
        paintOrder: "stroke",
      }),
      ...legendMarks([
        { label: "claim", color: claimNodeColor },
        { label: "claimant", color: claimantNodeColor },
        ...stances.filter((stance) => used.has(stance.key)).map((stance) => ({ label: stance.name, color: stance.color, shape: "line" as const })),
      ], marginTop),
    ],
    // Colours and sizes are already the drawing's; Plot must not rescale them.
    color: { type: "identity" },
    r: { type: "identity" },
  });
}
