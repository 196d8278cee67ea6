import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/domain/text/code-points";
import { snapToWordBoundaries } from "./snap-to-words";

/** Snaps the first occurrence of `selection` in `text` and returns the snapped quote. */
function snapQuote(text: string, selection: string, locale?: string): string | null {
  const start = Array.from(text.slice(0, text.indexOf(selection))).length;
  const range = snapToWordBoundaries(text, start, start + Array.from(selection).length, locale);
  return range && sliceCodePoints(text, range.start, range.end);
}

describe("snapToWordBoundaries", () => {
  it("widens a partial English selection to whole words", () => {
    const text = "President Tokayev said Kazakhstan would comply.";
    expect(snapQuote(text, "okay", "en")).toBe("Tokayev");
    expect(snapQuote(text, "ev said Kaz", "en")).toBe("Tokayev said Kazakhstan");
  });

  it("drops whitespace and punctuation at the edges, keeping them inside", () => {
    const text = "He said: „Kasachstans Präsident, Tokajew“ – nein.";
    expect(snapQuote(text, " „Kasachstans Präs", "de")).toBe("Kasachstans Präsident");
    expect(snapQuote(text, "sident, Tokajew“ ", "de")).toBe("Präsident, Tokajew");
    expect(snapQuote(text, "“ – ", "de")).toBeNull();
  });

  it("keeps German umlauts and compounds whole", () => {
    expect(snapQuote("Die Bundesregierung prüft Sanktionen.", "regier", "de")).toBe("Bundesregierung");
    expect(snapQuote("Die Bundesregierung prüft Sanktionen.", "rüf", "de")).toBe("prüft");
  });

  it("snaps part of a Chinese word to the word Intl.Segmenter finds", () => {
    const text = "哈萨克斯坦总统托卡耶夫表示支持制裁。";
    const words = Array.from(new Intl.Segmenter("zh", { granularity: "word" }).segment(text));
    const containingSa = words.find((w) => w.index <= 1 && 1 < w.index + w.segment.length);
    expect(containingSa?.segment.length).toBeGreaterThan(1);
    expect(snapQuote(text, "萨", "zh")).toBe(containingSa?.segment);
    expect(snapQuote(text, "支持制裁。", "zh")).toBe("支持制裁");
  });

  it("keeps an emoji and a ZWJ sequence whole and counts offsets in code points", () => {
    const text = "Fire 👨🏻‍🚒 and 😀 here";
    const firefighterStart = 5;
    // Only the first code point (👨) of the four is selected.
    expect(snapToWordBoundaries(text, firefighterStart, firefighterStart + 1)).toEqual({
      start: firefighterStart,
      end: firefighterStart + 4,
    });
    expect(snapQuote(text, "nd 😀", "en")).toBe("and 😀");
    expect(snapQuote(text, "😀 he", "en")).toBe("😀 here");
  });

  it("works after astral characters, at the text's boundaries and with combining accents", () => {
    const text = "😀 Cafe\u0301 au lait";
    expect(snapToWordBoundaries(text, 3, 4)).toEqual({ start: 2, end: 7 });
    expect(snapToWordBoundaries(text, 0, Array.from(text).length)).toEqual({ start: 0, end: Array.from(text).length });
    expect(snapToWordBoundaries(text, 3, 3)).toBeNull();
  });

  it("falls back to the default locale for a tag it does not know, and rejects bad offsets", () => {
    expect(snapQuote("Tokajew sagte", "kaj", "not-a-real-locale-tag")).toBe("Tokajew");
    expect(() => snapToWordBoundaries("abc", 2, 1)).toThrowError(RangeError);
    expect(() => snapToWordBoundaries("abc", 0, 9)).toThrowError(RangeError);
  });
});
