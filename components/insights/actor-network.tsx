"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { edgeAnchors } from "./edge-anchors";
import type { ActorEdgeAttributes, ActorGraph, ActorNodeAttributes, ActorSigma } from "./network-graph";
import type { StanceLegendItem } from "./insights-types";

interface Hover {
  x: number;
  y: number;
  lines: string[];
}

/** The event a browser test sends the network for `data-edge-anchors`, where edges can be clicked. */
const edgeAnchorsRequest = "edge-anchors-request";

const controlClass = "rounded-md border border-slate-300 bg-white px-2 py-0.5 text-sm hover:bg-slate-50";

function describeEdge(graph: ActorGraph, edge: string, stances: StanceLegendItem[], counts: Record<string, number>): string[] {
  const source = graph.getNodeAttribute(graph.source(edge), "label");
  const target = graph.getNodeAttribute(graph.target(edge), "label");
  const parts = stances.filter((stance) => (counts[stance.key] ?? 0) > 0).map((stance) => `${stance.name} ${counts[stance.key]}`);
  return [`${source} → ${target}`, `${graph.getEdgeAttribute(edge, "count")} span(s): ${parts.join(", ")}`];
}

/** Dims everything but a node with its neighbours, or an edge with its ends. */
function highlightItem(instance: ActorSigma | null, graph: ActorGraph, id: string | undefined) {
  if (!instance) return;
  instance.setNodesState(graph.nodes(), { isHighlighted: false });
  instance.setEdgesState(graph.edges(), { isHighlighted: false });
  if (id && graph.hasNode(id)) {
    instance.setNodesState([id, ...graph.neighbors(id)], { isHighlighted: true });
    instance.setEdgesState(graph.edges(id), { isHighlighted: true });
  } else if (id && graph.hasEdge(id)) {
    instance.setNodesState(graph.extremities(id), { isHighlighted: true });
    instance.setEdgesState([id], { isHighlighted: true });
  }
}

/**
 * The actor × claim network drawn by sigma (WebGL): drag to pan, wheel or buttons to zoom, hover for
 * details, click a node or an edge to list its evidence. Where sigma cannot start (no WebGL),
 * `fallback` stands in.
 */
export function ActorNetwork({
  graph,
  stances,
  edgeStances,
  selected,
  onSelect,
  fallback,
}: {
  graph: ActorGraph;
  stances: StanceLegendItem[];
  edgeStances: Map<string, Record<string, number>>;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  fallback: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<ActorSigma | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [failed, setFailed] = useState(false);
  // The latest handlers, so that the renderer does not restart when the parent re-renders.
  const select = useRef(onSelect);
  const selection = useRef(selected);
  useEffect(() => {
    select.current = onSelect;
    selection.current = selected;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let cancelled = false;
    let instance: ActorSigma | null = null;
    let writeAnchors: (() => void) | undefined;

    void import("sigma").then(({ default: SigmaRenderer, DEFAULT_STYLES }) => {
      if (cancelled) return;
      try {
        instance = new SigmaRenderer<ActorNodeAttributes, ActorEdgeAttributes>(graph, element, {
          // Sizes are pixels (sigma 4 reads them in layout units by default). While the camera moves,
          // only the nodes are drawn: thousands of edges and labels per frame make a drag stutter.
          settings: {
            itemSizesReference: "screen",
            enableEdgeEvents: true,
            hideEdgesOnMove: true,
            hideLabelsOnMove: true,
            labelDensity: 0.4,
            labelRenderedSizeThreshold: 6,
            minCameraRatio: 0.05,
            maxCameraRatio: 10,
          },
          styles: {
            nodes: [
              DEFAULT_STYLES.nodes,
              { when: (_attributes, state, graphState) => graphState.hasHighlighted && !state.isHighlighted, then: { opacity: 0.2 } },
              { whenState: "isHighlighted", then: { labelVisibility: "visible" } },
            ],
            edges: [
              DEFAULT_STYLES.edges,
              { when: (_attributes, state, graphState) => graphState.hasHighlighted && !state.isHighlighted, then: { opacity: 0.1 } },
            ],
          },
        });
      } catch {
        setFailed(true);
        return;
      }
      renderer.current = instance;
      instance.on("enterNode", ({ node, event }) => {
        const attributes = graph.getNodeAttributes(node);
        const what = attributes.kind === "claim" ? "claim" : "claimant";
        setHover({ x: event.x, y: event.y, lines: [attributes.label, `${what}, ${attributes.count} span(s)`] });
        highlightItem(instance, graph, node);
      });
      instance.on("enterEdge", ({ edge, event }) => {
        setHover({ x: event.x, y: event.y, lines: describeEdge(graph, edge, stances, edgeStances.get(edge) ?? {}) });
        highlightItem(instance, graph, edge);
      });
      const leave = () => {
        setHover(null);
        highlightItem(instance, graph, selection.current);
      };
      instance.on("leaveNode", leave);
      instance.on("leaveEdge", leave);
      instance.on("clickNode", ({ node }) => select.current(node));
      instance.on("clickEdge", ({ edge }) => select.current(edge));
      instance.on("clickStage", () => select.current(undefined));
      highlightItem(instance, graph, selection.current);
      // Under automation only (WebDriver), and only when asked: no cost while anyone pans.
      if (navigator.webdriver) {
        const drawn = instance;
        writeAnchors = () => {
          element.dataset.edgeAnchors = JSON.stringify(edgeAnchors(drawn, graph));
        };
        element.addEventListener(edgeAnchorsRequest, writeAnchors);
      }
    }, () => setFailed(true));

    return () => {
      cancelled = true;
      if (writeAnchors) element.removeEventListener(edgeAnchorsRequest, writeAnchors);
      delete element.dataset.edgeAnchors;
      instance?.kill();
      renderer.current = null;
    };
  }, [graph, stances, edgeStances]);

  useEffect(() => {
    if (renderer.current) highlightItem(renderer.current, graph, selected);
  }, [graph, selected]);

  if (failed) return <>{fallback}</>;

  const camera = () => renderer.current?.getCamera();
  return (
    <div className="space-y-2">
      <div role="group" aria-label="Network view" className="flex gap-2">
        <button type="button" className={controlClass} onClick={() => void camera()?.zoomIn()}>Zoom in</button>
        <button type="button" className={controlClass} onClick={() => void camera()?.zoomOut()}>Zoom out</button>
        <button type="button" className={controlClass} onClick={() => void camera()?.reset()}>Reset view</button>
      </div>
      <div className="relative">
        <div
          ref={container}
          data-testid="actor-network"
          aria-label="Actor and claim network; use the list below to choose a node or pair with the keyboard"
          role="img"
          className="h-[32rem] w-full rounded-md border border-slate-200 bg-slate-50"
        />
        {hover && (
          <div
            role="tooltip"
            className="pointer-events-none absolute z-10 max-w-sm rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-xs shadow"
            style={{ left: hover.x + 12, top: hover.y + 12 }}
          >
            {hover.lines.map((line, index) => (
              <p key={index} className={index === 0 ? "font-medium text-slate-900" : "text-slate-600"}>{line}</p>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
