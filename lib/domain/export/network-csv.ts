import { csvRow } from "./csv-cell";
import { sortedEdges, type DiscourseNetwork } from "./discourse-network";
import { claimantNodeId, claimNodeId } from "./network-graphml";

/**
 * The discourse network as a CSV edge list: `source,target,stance,weight` with the claimant's
 * name and the claim's statement, then their node ids, since two claimants may share a name.
 */
export function discourseNetworkCsv(network: DiscourseNetwork): string {
  return [
    csvRow(["source", "target", "stance", "weight", "source_id", "target_id"]),
    ...sortedEdges(network).map((edge) =>
      csvRow([
        network.claimants.get(edge.claimantId) ?? "",
        network.claims.get(edge.claimId) ?? "",
        edge.stance,
        edge.weight,
        claimantNodeId(edge.claimantId),
        claimNodeId(edge.claimId),
      ]),
    ),
  ].join("");
}
