import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/domain/text/code-points";
import { locateQuote } from "./locate-quote";

describe("locateQuote", () => {
  it("counts code points, so a quote after an emoji starts one place earlier than its UTF-16 index", () => {
    const text = "😀 Tokajew traf Putin.";
    expect(locateQuote(text, "Tokajew")).toEqual({ start: 2, end: 9, quote: "Tokajew" });
    expect(sliceCodePoints(text, 2, 9)).toBe("Tokajew");
  });

  it("finds a later appearance", () => {
    const text = "Astana says. In Astana, officials said.";
    expect(locateQuote(text, "Astana", 1)).toEqual({ start: 16, end: 22, quote: "Astana" });
  });

  it("throws when the quote does not appear often enough", () => {
    expect(() => locateQuote("Astana", "Astana", 1)).toThrowError('"Astana" does not appear 2 time(s) in the text');
    expect(() => locateQuote("Astana", "Moskau")).toThrowError(/does not appear/);
  });
});
