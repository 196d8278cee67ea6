import type { ActorGraph, ActorSigma } from "./network-graph";

interface EdgeAnchor {
  id: string;
  x: number;
  y: number;
}

const anchorLimit = 20;
/** Points along an edge tried for a clear spot, the middle first. */
const anchorSteps = [0.5, 0.4, 0.6, 0.3, 0.7];
const clearancePx = 6;

interface Segment {
  id: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  size: number;
}

function distanceToSegment(x: number, y: number, { from, to }: Segment): number {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - from.x) * dx + (y - from.y) * dy) / length));
  return Math.hypot(x - (from.x + t * dx), y - (from.y + t * dy));
}

/**
 * Where the heaviest edges on screen can be clicked: a point on each, in the container's pixels,
 * clear of every node and every other edge. Browser tests read them to click the canvas like a user.
 */
export function edgeAnchors(instance: ActorSigma, graph: ActorGraph): EdgeAnchor[] {
  const { width, height } = instance.getDimensions();
  const nodes = graph.mapNodes((_node, attributes) => ({ ...instance.graphToViewport(attributes), size: attributes.size }));
  const segments: Segment[] = graph.mapEdges((id, attributes, _source, _target, source, target) => ({
    id,
    from: instance.graphToViewport(source),
    to: instance.graphToViewport(target),
    size: attributes.size,
  }));
  // Labels, drawn right of their node, take pointer events too: a generous box per drawn label.
  const labels = [...instance.getNodeDisplayedLabels()].map((node) => {
    const { x, y } = instance.graphToViewport(graph.getNodeAttributes(node));
    const left = x + graph.getNodeAttribute(node, "size");
    return { left, right: left + 8 * graph.getNodeAttribute(node, "label").length + clearancePx, top: y - 10, bottom: y + 10 };
  });
  const clear = (x: number, y: number, own: string) =>
    x > 10 && y > 10 && x < width - 10 && y < height - 10 &&
    nodes.every((node) => Math.hypot(node.x - x, node.y - y) > node.size + clearancePx) &&
    labels.every((box) => x < box.left || x > box.right || y < box.top || y > box.bottom) &&
    segments.every((other) => other.id === own || distanceToSegment(x, y, other) > other.size / 2 + clearancePx);
  const anchors: EdgeAnchor[] = [];
  for (const segment of [...segments].sort((a, b) => graph.getEdgeAttribute(b.id, "count") - graph.getEdgeAttribute(a.id, "count"))) {
    const { from, to } = segment;
    const spot = anchorSteps.map((t) => ({ x: from.x + t * (to.x - from.x), y: from.y + t * (to.y - from.y) })).find(({ x, y }) => clear(x, y, segment.id));
    if (spot) anchors.push({ id: segment.id, ...spot });
    if (anchors.length === anchorLimit) break;
  }
  return anchors;
}
