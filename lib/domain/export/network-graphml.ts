import { sortedEdges, type DiscourseNetwork } from "./discourse-network";
import { escapeXml } from "./xml-escape";

export const claimantNodeId = (id: number) => `claimant-${id}`;
export const claimNodeId = (id: number) => `claim-${id}`;

/**
 * The discourse network as GraphML (Gephi, yEd, networkx, igraph read it): a bipartite graph of
 * claimant and claim nodes, one directed edge per claimant, claim and stance, weighted by count.
 */
export function discourseNetworkGraphml(network: DiscourseNetwork): string {
  const data = (key: string, value: string | number) => `<data key="${key}">${escapeXml(String(value))}</data>`;
  const node = (id: string, label: string, kind: string) => `    <node id="${id}">${data("label", label)}${data("kind", kind)}</node>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="stance" for="edge" attr.name="stance" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <graph id="discourse-network" edgedefault="directed">',
    ...[...network.claimants].sort(([a], [b]) => a - b).map(([id, name]) => node(claimantNodeId(id), name, "claimant")),
    ...[...network.claims].sort(([a], [b]) => a - b).map(([id, statement]) => node(claimNodeId(id), statement, "claim")),
    ...sortedEdges(network).map(
      (edge, index) =>
        `    <edge id="e${index + 1}" source="${claimantNodeId(edge.claimantId)}" target="${claimNodeId(edge.claimId)}">${data("stance", edge.stance)}${data("weight", edge.weight)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
