import { describe, expect, it } from "vitest";
import { readingParagraphs } from "./reading-paragraphs";

const plain = (paragraphs: { text: string; marked: boolean }[][]) => paragraphs.map((runs) => runs.map((run) => (run.marked ? `[${run.text}]` : run.text)).join(""));

describe("readingParagraphs", () => {
  it("splits at blank lines, keeps single line breaks and leaves blank paragraphs out", () => {
    const text = "Erster Absatz.\nZweite Zeile.\n\n  \n\nZweiter Absatz.\n\n";
    expect(plain(readingParagraphs(text))).toEqual(["Erster Absatz.\nZweite Zeile.", "Zweiter Absatz."]);
  });

  it("marks the span's code points, after astral characters too", () => {
    // 😀 is one code point and two UTF-16 units: 托卡耶夫 starts at code point 2.
    const text = "😀 托卡耶夫总统说：哈萨克斯坦支持制裁。";
    expect(plain(readingParagraphs(text, { start: 2, end: 6 }))).toEqual(["😀 [托卡耶夫]总统说：哈萨克斯坦支持制裁。"]);
  });

  it("marks the part of each paragraph that a span across paragraphs covers", () => {
    const text = "Tokajew sagte:\n\nKasachstan unterstützt die Sanktionen.";
    // From "sagte" (8) to "Kasachstan" (16 + 10 = 26).
    expect(plain(readingParagraphs(text, { start: 8, end: 26 }))).toEqual(["Tokajew [sagte:]", "[Kasachstan] unterstützt die Sanktionen."]);
  });

  it("marks nothing for a range past the text, empty or reversed", () => {
    const text = "Kurz.";
    for (const mark of [{ start: 2, end: 6 }, { start: 3, end: 3 }, { start: 4, end: 1 }]) {
      expect(plain(readingParagraphs(text, mark))).toEqual(["Kurz."]);
    }
  });
});
