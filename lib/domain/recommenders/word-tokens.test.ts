import { describe, expect, it } from "vitest";
import { phraseKey, wordTokens } from "./word-tokens";

describe("wordTokens", () => {
  it("splits spaced scripts into folded words with code point offsets", () => {
    expect(wordTokens("Präsident Tokajew, sagte.")).toEqual([
      { folded: "prasident", start: 0, end: 9, from: 0, to: 9 },
      { folded: "tokajew", start: 10, end: 17, from: 10, to: 17 },
      { folded: "sagte", start: 19, end: 24, from: 19, to: 24 },
    ]);
  });

  it("makes each Chinese character a token of its own, next to Latin words", () => {
    expect(wordTokens("Rosatom称托卡耶夫").map((t) => t.folded)).toEqual(["rosatom", "称", "托", "卡", "耶", "夫"]);
  });

  it("counts offsets in code points past characters outside the BMP", () => {
    const text = "😀 Łódź 𠀀x";
    expect(wordTokens(text)).toEqual([
      { folded: "lodz", start: 2, end: 6, from: 3, to: 7 },
      { folded: "𠀀", start: 7, end: 8, from: 8, to: 10 },
      { folded: "x", start: 8, end: 9, from: 10, to: 11 },
    ]);
  });

  it("keeps combining marks inside the word they belong to", () => {
    expect(wordTokens("Kaza\u0301chstan").map((t) => t.folded)).toEqual(["kazachstan"]);
  });
});

describe("phraseKey", () => {
  it("is the same for a phrase in any case, accents or punctuation", () => {
    expect(phraseKey("Władimir Putin")).toBe(phraseKey("WLADIMIR  putin"));
    expect(phraseKey("托卡耶夫")).toBe("托 卡 耶 夫");
  });
});

describe("wordTokens against the definition of a token", () => {
  // A token: a Chinese or Japanese character alone, or a run of other letters, marks and digits.
  const definition = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])|((?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}\p{N}])+)/gu;
  const pieces = ["a", "Z", "9", " ", ",", "_", "ł", "é", "\u0301", "٣", "称", "カ", "ひ", "😀", "𠀀", "ß", "-", "\n", "Ж", "ﬁ"];

  it("finds the same words at the same offsets in mixed texts", () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 1 + (next() % 40) }, () => pieces[next() % pieces.length]).join("");
      const expected = [...text.matchAll(definition)].map((match) => ({
        from: match.index,
        to: match.index + match[0].length,
        start: [...text.slice(0, match.index)].length,
        end: [...text.slice(0, match.index + match[0].length)].length,
      }));
      expect(wordTokens(text).map(({ from, to, start, end }) => ({ from, to, start, end })), text).toEqual(expected);
    }
  });
});
