import { escapeXml } from "@/lib/domain/export/xml-escape";
import type { NetworkView } from "./network-view";

/**
 * The network as GraphML (Gephi, yEd, networkx, igraph): claimant and claim nodes with their
 * counts, one directed edge per claimant and claim with its count, dominant stance and a count
 * per stance. Node ids are the view's (`c12`, `e3`, `mtokayev`), escaped.
 */
export function networkViewGraphml(view: NetworkView): string {
  const data = (key: string, value: string | number) => `<data key="${key}">${escapeXml(String(value))}</data>`;
  const stanceKeys = view.stances.map((stance, index) => ({ key: stance.key, id: `s${index}` }));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="count" for="all" attr.name="count" attr.type="int"/>',
    '  <key id="dominant" for="edge" attr.name="dominant" attr.type="string"/>',
    ...stanceKeys.map(({ key, id }) => `  <key id="${id}" for="edge" attr.name="${escapeXml(key)}" attr.type="int"/>`),
    '  <graph id="insights-network" edgedefault="directed">',
    ...view.nodes.map(
      (node) => `    <node id="${escapeXml(node.id)}">${data("label", node.label)}${data("kind", node.kind)}${data("count", node.count)}</node>`,
    ),
    ...view.edges.map(
      (edge) =>
        `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
        `${data("count", edge.count)}${data("dominant", edge.dominant ?? "")}${stanceKeys.map(({ key, id }) => data(id, edge.stances[key] ?? 0)).join("")}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
