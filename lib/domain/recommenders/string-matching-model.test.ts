import { describe, expect, it } from "vitest";
import {
  buildStringMatchingModel,
  describeStringMatch,
  findStringMatches,
  restoreStringMatchingModel,
  storeStringMatchingModel,
  type LabelledSpan,
} from "./string-matching-model";
import { wordTokens } from "./word-tokens";

const marked: LabelledSpan[] = [
  { documentId: 1, quote: "Tokajew", label: "PER" },
  { documentId: 2, quote: "Tokajew", label: "PER" },
  { documentId: 3, quote: "tokajew", label: "ORG" },
  { documentId: 1, quote: "Łódź", label: "LOC" },
  { documentId: 2, quote: "Rosatom", label: "ORG" },
  { documentId: 2, quote: "Rosatom Energy", label: "PER" },
  { documentId: 4, quote: "托卡耶夫", label: "PER" },
  { documentId: 4, quote: "Unia Europejska", label: "ORG" },
];
const model = buildStringMatchingModel(marked);

describe("findStringMatches", () => {
  it("finds German marks again, in any case, with the label most often given", () => {
    const text = "Präsident TOKAJEW sagte, Tokajewski nicht.";
    expect(findStringMatches(model, text)).toEqual([
      { start: 10, end: 17, quote: "TOKAJEW", label: "PER", count: 2, total: 3, score: 0.5 },
    ]);
  });

  it("folds Polish diacritics and matches phrases of several words", () => {
    const text = "W Lodzi nie, ale w LODZ tak; unia europejska również.";
    expect(findStringMatches(model, text).map((m) => [m.quote, m.label])).toEqual([
      ["LODZ", "LOC"],
      ["unia europejska", "ORG"],
    ]);
  });

  it("finds a run of Chinese characters anywhere, without word boundaries", () => {
    const text = "总统托卡耶夫表示支持。";
    expect(findStringMatches(model, text)).toEqual([
      { start: 2, end: 6, quote: "托卡耶夫", label: "PER", count: 1, total: 1, score: 0.5 },
    ]);
  });

  it("prefers the longest phrase and never overlaps", () => {
    expect(findStringMatches(model, "Rosatom Energy und Rosatom").map((m) => [m.quote, m.label])).toEqual([
      ["Rosatom Energy", "PER"],
      ["Rosatom", "ORG"],
    ]);
  });

  it("leaves out the marks of the document itself", () => {
    const matches = findStringMatches(model, "Tokajew, Rosatom", { excludeDocumentId: 2 });
    expect(matches.map((m) => [m.quote, m.label, m.count, m.total])).toEqual([["Tokajew", "ORG", 1, 2]]);
    expect(findStringMatches(model, "托卡耶夫", { excludeDocumentId: 4 })).toEqual([]);
  });

  it("finds the same in words tokenized beforehand, and slices quotes past characters outside the BMP", () => {
    const text = "😀 Tokajew und 𠀀 Łódź";
    const words = wordTokens(text);
    expect(findStringMatches(model, text, { words })).toEqual(findStringMatches(model, text));
    expect(findStringMatches(model, text).map((m) => [m.start, m.end, m.quote])).toEqual([[2, 9, "Tokajew"], [16, 20, "Łódź"]]);
  });

  it("survives storing as JSON", () => {
    const restored = restoreStringMatchingModel(JSON.parse(JSON.stringify(storeStringMatchingModel(model))));
    const text = "Tokajew in Łódź, 托卡耶夫";
    expect(findStringMatches(restored, text)).toEqual(findStringMatches(model, text));
  });
});

describe("describeStringMatch", () => {
  it("says how often the label was given", () => {
    expect(describeStringMatch("PER", { count: 14, total: 14 })).toBe("marked PER 14 times");
    expect(describeStringMatch("PER", { count: 2, total: 3 })).toBe("marked PER 2 times of 3");
    expect(describeStringMatch("ORG", { count: 1, total: 1 })).toBe("marked ORG once");
  });
});
