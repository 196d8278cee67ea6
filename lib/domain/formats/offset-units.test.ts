import { describe, expect, it } from "vitest";
import { offsetConverter } from "./offset-units";

const text = "😀 托卡 👨🏻‍🚒 ab"; // code points: 😀=0, ' '=1, 托=2, 卡=3, ' '=4, 👨🏻‍🚒=5..8, ' '=9, a=10, b=11

describe("offsetConverter", () => {
  it("maps code points to UTF-16 units and back, refusing offsets inside a surrogate pair", () => {
    const utf16 = offsetConverter(text, "utf-16");
    expect(utf16.toUnit(10, "start")).toBe(14);
    expect(utf16.toCodePoint(14)).toBe(10);
    expect(() => utf16.toCodePoint(1)).toThrow(RangeError);
  });

  it("maps code points to grapheme clusters and back, snapping outward inside a cluster", () => {
    const graphemes = offsetConverter(text, "grapheme");
    expect(graphemes.toUnit(10, "start")).toBe(7);
    expect(graphemes.toCodePoint(7)).toBe(10);
    expect(graphemes.toUnit(6, "start")).toBe(5);
    expect(graphemes.toUnit(6, "end")).toBe(6);
    expect(graphemes.toCodePoint(9)).toBe(12);
    expect(() => graphemes.toCodePoint(10)).toThrow(RangeError);
  });

  it("checks code-point offsets against the text length", () => {
    const codePoints = offsetConverter(text, "code-point");
    expect(codePoints.toCodePoint(12)).toBe(12);
    expect(() => codePoints.toCodePoint(13)).toThrow(RangeError);
  });
});
