import { describe, expect, it } from "vitest";
import { readDoccano } from "./doccano-reader";
import { readFixture } from "./fixtures/read-fixture";

const pythonSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

describe("readDoccano", () => {
  it("reads sequence-labelling JSONL with UTF-16 offsets into code points", () => {
    const result = readDoccano(readFixture("doccano/sequence-labeling.jsonl"), "sequence-labeling.jsonl");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.documents.map((document) => document.spans.map((span) => `${span.label}:${span.quote}`))).toEqual([
      ["PER:托卡耶夫", "PER:firefighters", "LOC:Astana"],
      ["ORG:EU", "MISC:German"],
    ]);
    const [first] = result.documents;
    for (const span of first!.spans) expect(pythonSlice(first!.text, span.start, span.end)).toBe(span.quote);
    expect(first!.spans[1]).toMatchObject({ start: 16, end: 28 });
    expect(result.labels).toEqual(["PER", "LOC", "ORG", "MISC"]);
  });

  it("reads a pretty-printed relation-extraction record with entities and relations", () => {
    const result = readDoccano(readFixture("doccano/relation-extraction.json"), "relation-extraction.json");
    if (!result.ok) throw new Error(result.error.message);
    const [document] = result.documents;
    expect(document).toMatchObject({ externalId: "7", relations: [{ type: "visited", from: 0, to: 1 }] });
    expect(document!.spans.map((span) => [span.sourceId, span.quote])).toEqual([["10", "托卡耶夫"], ["11", "Astana"]]);
  });

  it("reads code-point offsets when told so", () => {
    const line = JSON.stringify({ text: "😀 托卡耶夫", label: [[2, 6, "PER"]] });
    const result = readDoccano(line, "x.jsonl", "code-point");
    expect(result.ok && result.documents[0]!.spans[0]!.quote).toBe("托卡耶夫");
  });

  it("names the line of an offset outside the text or inside an emoji", () => {
    const lines = [JSON.stringify({ text: "ok", label: [[0, 2, "X"]] }), JSON.stringify({ text: "😀 a", label: [[1, 4, "X"]] })].join("\n");
    expect(readDoccano(lines, "bad.jsonl")).toMatchObject({ ok: false, error: { code: "offset_out_of_range", document: "bad.jsonl", line: 2 } });
    const beyond = JSON.stringify({ text: "abc", label: [[0, 9, "X"]] });
    expect(readDoccano(beyond, "b.jsonl")).toMatchObject({ ok: false, error: { code: "offset_out_of_range" } });
  });

  it("explains that text-classification labels are not spans", () => {
    const result = readDoccano(readFixture("doccano/text-classification.jsonl"), "text-classification.jsonl");
    expect(result.ok ? null : result.error.code).toBe("invalid_document");
    expect(result.ok ? "" : result.error.message).toContain("text classification");
  });

  it("names the line that is not JSON", () => {
    expect(readDoccano('{"text":"a","label":[]}\nJAPAN\tB-LOC\n', "c.jsonl")).toMatchObject({ ok: false, error: { code: "invalid_json", line: 2 } });
  });
});
