import { describe, expect, it } from "vitest";
import { parseBratAnnotationConf } from "@/lib/domain/formats/brat-annotation-conf";
import { readBrat } from "@/lib/domain/formats/brat-reader";
import { exportBratConfig } from "./brat-config";
import { bratFragments } from "./brat-fragments";
import { exportBratDocument } from "./brat-standoff";
import { selectAnnotationSet, spanLabel } from "./dataset-model";
import { firefighter, pythonSlice, sampleContext, sampleDocument } from "./fixtures/sample-documents";

const gold = selectAnnotationSet(sampleDocument(), { set: "gold" });
const [txt, ann] = exportBratDocument(gold, "gold/");
const annLines = ann!.content.trimEnd().split("\n");

describe("exportBratDocument", () => {
  it("writes the text exactly and an .ann next to it", () => {
    expect(txt).toEqual({ path: "gold/42.txt", content: gold.text });
    expect(ann!.path).toBe("gold/42.ann");
  });

  it("writes T lines in code points, whose Python slices are the quotes", () => {
    const textBound = annLines.filter((line) => line.startsWith("T"));
    expect(textBound).toHaveLength(gold.spans.length);
    for (const line of textBound) {
      const [, data, quote] = line.split("\t");
      const fragments = data!.split(" ").slice(1).join(" ").split(";").map((pair) => pair.split(" ").map(Number));
      expect(fragments.map(([start, end]) => pythonSlice(gold.text, start!, end!)).join(" ")).toBe(quote);
    }
    expect(textBound[0]).toBe("T1\tPER 2 6\t托卡耶夫");
  });

  it("splits a span over a line break into discontinuous fragments", () => {
    expect(annLines).toContain(`T3\tClaim 10 20;21 33\t哈萨克斯坦支持制裁。 ${firefighter} Tokayev`);
    expect(bratFragments("a\n\nb\u2028c", 5)).toEqual([[5, 6], [8, 9], [10, 11]]);
    expect(bratFragments("\n", 0)).toEqual([]);
  });

  it("writes stance attributes, entity and claim links, relations and one-line notes", () => {
    expect(annLines).toContain("A2\tStance T6 favor");
    expect(annLines).toContain("N2\tReference T2 Wikidata:Q232\tKazakhstan");
    expect(annLines).toContain("N6\tReference T6 ClaimdeskClaim:1\tKazakhstan supports the sanctions regime");
    expect(annLines).toContain("R1\tClaimant Arg1:T6 Arg2:T4");
    expect(annLines).toContain("R2\tleader_of Arg1:T4 Arg2:T5");
    expect(annLines).toContain("#1\tAnnotatorNotes T3\trestated across lines | claimant: Kassym-Jomart Tokayev");
  });

  it("generates an annotation.conf that brat's section rules accept, and a visual.conf", () => {
    const [annotationConf, visualConf] = exportBratConfig(sampleContext.schema);
    const conf = parseBratAnnotationConf(annotationConf!.content);
    expect(conf.entities).toEqual(["PER", "ORG", "GPE", "LOC", "ENTITY", "Claim"]);
    expect(conf.relations).toEqual(["leader_of", "Claimant"]);
    expect(conf.attributes).toEqual([{ name: "Stance", values: ["favor", "against", "neutral", "unclear"] }]);
    expect(visualConf!.content).toContain("PER\tbgColor:#2563eb");
  });

  it("reads back as the same spans, links and relations", () => {
    const result = readBrat([txt!, ann!, ...exportBratConfig(sampleContext.schema, "gold/")]);
    if (!result.ok) throw new Error(result.error.message);
    const [document] = result.documents;
    const expected = [...gold.spans].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
    expect(document!.text).toBe(gold.text);
    expect(document!.spans.map(({ start, end, label, quote }) => ({ start, end, label, quote }))).toEqual(
      expected.map((span) => ({ start: span.start, end: span.end, label: spanLabel(span), quote: span.quote })),
    );
    const claim = document!.spans[2]!;
    expect(claim.fragments).toEqual([[10, 20], [21, 33]]);
    expect(claim.attributes).toEqual({ Stance: "favor" });
    expect(document!.spans[1]!.references).toEqual([{ db: "Wikidata", id: "Q232", name: "Kazakhstan" }]);
    const named = document!.relations!.map((relation) => [relation.type, document!.spans[relation.from]!.quote, document!.spans[relation.to]!.quote]);
    expect(named).toEqual([
      ["Claimant", "Kazakhstan backs the sanctions", "Tokayev"],
      ["leader_of", "Tokayev", "Kazakhstan"],
    ]);
  });
});
