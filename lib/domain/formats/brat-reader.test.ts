import { describe, expect, it } from "vitest";
import { parseBratAnnotationConf } from "./brat-annotation-conf";
import { readBrat } from "./brat-reader";
import { readFixture, readFixtureFolder } from "./fixtures/read-fixture";

const pythonSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

function readCollection() {
  const result = readBrat(readFixtureFolder("brat"));
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe("readBrat", () => {
  it("pairs .txt and .ann files and takes the types of annotation.conf first", () => {
    const { documents, labels } = readCollection();
    expect(documents.map((document) => [document.title, document.spans.length])).toEqual([
      ["es-efe", 4],
      ["zh-news", 7],
    ]);
    expect(labels).toEqual(["PER", "ORG", "GPE", "LOC", "MISC", "Claim", "Visit"]);
  });

  it("reads code-point offsets after emoji, Chinese and accents", () => {
    for (const document of readCollection().documents) {
      for (const span of document.spans) expect(pythonSlice(document.text, span.start, span.end)).toBe(span.quote);
    }
    const zh = readCollection().documents[1]!;
    expect(zh.spans.map((span) => span.quote)).toContain("Astaná");
    expect(zh.spans[0]).toMatchObject({ start: 2, end: 6, label: "PER", quote: "托卡耶夫", sourceId: "T1", note: "the president, in Chinese" });
  });

  it("reads a discontinuous span over a line break as one span with its fragments", () => {
    const claim = readCollection().documents[1]!.spans[4]!;
    expect(claim).toMatchObject({ start: 10, end: 33, label: "Claim", fragments: [[10, 20], [21, 33]], attributes: { Stance: "favor" } });
    expect(claim.quote).toBe("哈萨克斯坦支持制裁。\n👨🏻‍🚒 Tokayev");
  });

  it("reads references and relations, leaving out events and what hangs on them", () => {
    const zh = readCollection().documents[1]!;
    expect(zh.spans[1]!.references).toEqual([{ db: "Wikidata", id: "Q232", name: "Kazakhstan" }]);
    expect(zh.relations).toEqual([{ type: "located_in", from: 2, to: 3 }]);
  });

  it("names the file and line of a span whose text does not match", () => {
    const files = [
      { path: "doc.txt", content: "😀 托卡耶夫 spoke" },
      { path: "doc.ann", content: "T1\tPER 2 6\t托卡耶夫\nT2\tPER 3 7\t托卡耶夫\n" },
    ];
    expect(readBrat(files)).toEqual({
      ok: false,
      error: {
        code: "quote_mismatch",
        message: 'doc.ann, line 2: span [3, 7) reads "卡耶夫 " in the text, but the file says "托卡耶夫"',
        document: "doc.ann",
        line: 2,
      },
    });
  });

  it("refuses offsets past the text, unknown references, malformed lines and a lone .ann", () => {
    const text = { path: "d.txt", content: "😀 abc" };
    const failWith = (ann: string) => {
      const result = readBrat([text, { path: "d.ann", content: ann }]);
      return result.ok ? null : [result.error.code, result.error.line];
    };
    expect(failWith("T1\tX 2 9\tabc")).toEqual(["offset_out_of_range", 1]);
    expect(failWith("T1\tX 2 5\tabc\nR1\tr Arg1:T1 Arg2:T9")).toEqual(["unknown_reference", 2]);
    expect(failWith("T1 X 2 5 abc")).toEqual(["invalid_line", 1]);
    expect(failWith("T1\tX 2 5\tabc\nT1\tX 2 5\tabc")).toEqual(["invalid_line", 2]);
    const lone = readBrat([{ path: "x/y.ann", content: "" }]);
    expect(lone.ok ? null : lone.error).toMatchObject({ code: "missing_text", document: "x/y.ann" });
  });

  it("takes the .ann text from the document when brat left it out", () => {
    const result = readBrat([{ path: "d.txt", content: "😀 abc" }, { path: "d.ann", content: "T1\tX 2 5\n" }]);
    expect(result.ok && result.documents[0]!.spans[0]!.quote).toBe("abc");
  });
});

describe("parseBratAnnotationConf", () => {
  it("reads types by section, skipping abstract types, macros and settings", () => {
    expect(parseBratAnnotationConf(readFixture("brat/annotation.conf"))).toEqual({
      entities: ["PER", "ORG", "GPE", "LOC", "MISC", "Claim", "Visit"],
      relations: ["located_in"],
      events: ["Visit"],
      attributes: [
        { name: "Stance", values: ["favor", "against", "neutral", "unclear"] },
        { name: "Negated", values: [] },
      ],
    });
  });

  it("names the line of an unknown section", () => {
    const result = readBrat([{ path: "annotation.conf", content: "[entities]\nPER\n[colours]\n" }]);
    expect(result.ok ? null : result.error).toMatchObject({ code: "invalid_config", line: 3 });
  });
});
