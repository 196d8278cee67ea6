import { describe, expect, it } from "vitest";
import { layoutParagraphs, locateCodePoint, paragraphWindow, quoteOf, toDocumentOffset } from "./text-layout";

// Python: text = "😀 Tokayev\n\n👨🏻‍🚒 said 托卡耶夫\n \nالعربية"
const text = "😀 Tokayev\n\n👨🏻‍🚒 said 托卡耶夫\n \nالعربية";

describe("layoutParagraphs", () => {
  it("splits at blank lines and records code-point and UTF-16 starts", () => {
    const { paragraphs } = layoutParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(["😀 Tokayev", "👨🏻‍🚒 said 托卡耶夫", "العربية"]);
    expect(paragraphs.map((p) => [p.cpStart, p.cpEnd])).toEqual([
      [0, 9],
      [11, 25],
      [28, 35],
    ]);
    expect(paragraphs[1]?.u16Start).toBe(12);
  });

  it("keeps single line breaks inside a paragraph and drops blank-only ones", () => {
    const { paragraphs } = layoutParagraphs("\n\nline one\nline two\n\n   \n\n");
    expect(paragraphs.map((p) => p.text)).toEqual(["line one\nline two"]);
  });
});

describe("offsets", () => {
  const layout = layoutParagraphs(text);

  it("maps document code points to paragraph UTF-16 positions and back", () => {
    // "said" follows the fireman emoji (4 code points, 7 UTF-16 units) and a space: Python's text.index("said") == 16.
    const said = 16;
    const local = locateCodePoint(layout, said, "start");
    expect(local).toEqual({ paragraph: 1, u16: 8 });
    expect(toDocumentOffset(layout, layout.paragraphs[1]!, 8)).toBe(said);
    expect(quoteOf(layout, said, said + 4)).toBe("said");
    expect(quoteOf(layout, 21, 25)).toBe("托卡耶夫");
  });

  it("moves offsets between paragraphs to the nearest paragraph edge", () => {
    expect(locateCodePoint(layout, 10, "start")).toEqual({ paragraph: 1, u16: 0 });
    expect(locateCodePoint(layout, 10, "end")).toEqual({ paragraph: 0, u16: 10 });
  });
});

describe("paragraphWindow", () => {
  const layout = layoutParagraphs(text);

  it("covers the paragraphs of a selection, with their code-point start", () => {
    expect(paragraphWindow(layout, 17, 19)).toEqual({ cpStart: 11, text: "👨🏻‍🚒 said 托卡耶夫" });
    expect(paragraphWindow(layout, 5, 15).text).toBe("😀 Tokayev\n\n👨🏻‍🚒 said 托卡耶夫");
  });
});
