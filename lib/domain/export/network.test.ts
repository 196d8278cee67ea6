import { DOMParser } from "linkedom";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { selectAnnotationSet } from "./dataset-model";
import { addToDiscourseNetwork, createDiscourseNetwork } from "./discourse-network";
import { sampleDocument } from "./fixtures/sample-documents";
import { discourseNetworkCsv } from "./network-csv";
import { discourseNetworkGraphml } from "./network-graphml";

function network() {
  const built = createDiscourseNetwork();
  const document = sampleDocument();
  addToDiscourseNetwork(built, selectAnnotationSet(document, { set: "gold" }));
  addToDiscourseNetwork(built, selectAnnotationSet(document, { set: "annotator", annotator: "alice@example.com" }));
  // A claimant whose name needs escaping, found through the claimant mention's entity.
  const tricky = sampleDocument();
  tricky.spans = tricky.spans.filter((span) => span.set === "gold");
  const claim = tricky.spans.find((span) => span.id === 105)!;
  claim.claimant = null;
  claim.stance = "against";
  tricky.spans.find((span) => span.id === 103)!.entity = { id: 50, name: 'Ministry <"A&B">\u0001', externalId: null };
  addToDiscourseNetwork(built, tricky);
  return built;
}

describe("discourse network", () => {
  it("counts claim spans per claimant, canonical claim and stance", () => {
    const built = network();
    // Gold: two Tokayev claims in favour; alice: Rosatom against; the third document adds one of each.
    expect([...built.edges.values()]).toEqual([
      { claimantId: 7, claimId: 1, stance: "favor", weight: 3 },
      { claimantId: 9, claimId: 1, stance: "against", weight: 1 },
      { claimantId: 50, claimId: 1, stance: "against", weight: 1 },
    ]);
  });

  it("writes well-formed GraphML with escaped names", () => {
    const xml = discourseNetworkGraphml(network());
    const parsed = new DOMParser().parseFromString(xml, "text/xml");
    expect(parsed.querySelectorAll("node")).toHaveLength(4);
    expect(parsed.querySelectorAll("edge")).toHaveLength(3);
    expect(xml).toContain('<node id="claimant-50"><data key="label">Ministry &lt;&quot;A&amp;B&quot;&gt;</data>');
    expect(xml).toContain('<edge id="e1" source="claimant-7" target="claim-1"><data key="stance">favor</data><data key="weight">3</data></edge>');
    expect(xml).not.toContain("\u0001");
  });

  it("writes a CSV edge list", () => {
    const [header, ...rows] = parse(discourseNetworkCsv(network())) as string[][];
    expect(header).toEqual(["source", "target", "stance", "weight", "source_id", "target_id"]);
    expect(rows[0]).toEqual(["Kassym-Jomart Tokayev", "Kazakhstan supports the sanctions regime", "favor", "3", "claimant-7", "claim-1"]);
    expect(rows).toHaveLength(3);
  });
});
