import { describe, expect, it } from "vitest";
import { coverageViewCsv, networkViewCsv, stanceViewCsv } from "./insights-csv";
import { networkViewGraphml } from "./network-graphml";
import type { NetworkView } from "./network-view";

const stances = [
  { key: "favor", name: "Favor", color: "#16a34a" },
  { key: "against", name: "Against", color: "#dc2626" },
];

const network: NetworkView = {
  stances,
  nodes: [
    { id: "c1", kind: "claim", label: "=SUM(A1)", count: 3 },
    { id: "e4", kind: "claimant", label: "Tokayev", count: 2 },
    { id: 'm"kremlin" & co', kind: "claimant", label: 'Kremlin "sources" <b>', count: 1 },
  ],
  edges: [
    { id: "e4|c1", source: "e4", target: "c1", count: 2, stances: { favor: 1, against: 1 }, dominant: "favor" },
    { id: 'm"kremlin" & co|c1', source: 'm"kremlin" & co', target: "c1", count: 1, stances: { favor: 0, against: 1 }, dominant: "against" },
  ],
};

describe("insights CSV", () => {
  it("writes the stance view long: claim, period, stance, with the undated counts last", () => {
    const csv = stanceViewCsv({
      interval: "month",
      stances,
      periods: ["2022-10"],
      claims: [
        {
          claimId: 1,
          statement: "Sanctions, they work",
          series: [{ period: "2022-10", spans: { favor: 2, against: 0 }, documents: { favor: 1, against: 0 }, net: 2 }],
          undated: { spans: { favor: 0, against: 1 }, documents: { favor: 0, against: 0 } },
        },
      ],
      undatedDocuments: [],
      undatedDocumentCount: 0,
    });
    expect(csv).toBe(
      [
        "claim_id,statement,period,stance,spans,documents",
        '1,"Sanctions, they work",2022-10,favor,2,1',
        '1,"Sanctions, they work",2022-10,against,0,0',
        '1,"Sanctions, they work",undated,favor,0,0',
        '1,"Sanctions, they work",undated,against,1,0',
        "",
      ].join("\r\n"),
    );
  });

  it("writes the network as an edge list with a column per stance, formulas neutralized", () => {
    expect(networkViewCsv(network)).toBe(
      [
        "source,target,count,dominant,favor,against,source_id,target_id",
        "Tokayev,'=SUM(A1),2,favor,1,1,e4,c1",
        '"Kremlin ""sources"" <b>",\'=SUM(A1),1,against,0,1,"m""kremlin"" & co",c1',
        "",
      ].join("\r\n"),
    );
  });

  it("writes coverage per claim and language, then per claim and site, leaving out zeros", () => {
    const csv = coverageViewCsv({
      languages: ["de", "pl"],
      sources: ["spiegel.de", "(no source)"],
      claims: [{ claimId: 1, statement: "Sanctions work", documents: 3, byLanguage: { de: 3 }, bySource: { "spiegel.de": 2, "(no source)": 1 } }],
    });
    expect(csv).toBe(
      [
        "claim_id,statement,dimension,value,documents",
        "1,Sanctions work,language,de,3",
        "1,Sanctions work,source,spiegel.de,2",
        "1,Sanctions work,source,(no source),1",
        "",
      ].join("\r\n"),
    );
  });
});

describe("networkViewGraphml", () => {
  it("writes nodes and edges with counts, the dominant stance and a count per stance, all escaped", () => {
    const xml = networkViewGraphml(network);
    expect(xml).toContain('<key id="s0" for="edge" attr.name="favor" attr.type="int"/>');
    expect(xml).toContain('<key id="s1" for="edge" attr.name="against" attr.type="int"/>');
    expect(xml).toContain('<node id="c1"><data key="label">=SUM(A1)</data><data key="kind">claim</data><data key="count">3</data></node>');
    expect(xml).toContain(
      '<node id="m&quot;kremlin&quot; &amp; co"><data key="label">Kremlin &quot;sources&quot; &lt;b&gt;</data><data key="kind">claimant</data><data key="count">1</data></node>',
    );
    expect(xml).toContain(
      '<edge id="e4|c1" source="e4" target="c1"><data key="count">2</data><data key="dominant">favor</data><data key="s0">1</data><data key="s1">1</data></edge>',
    );
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(2);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml')).toBe(true);
  });
});
