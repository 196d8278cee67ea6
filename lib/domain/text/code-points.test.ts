import { describe, expect, it } from "vitest";
import { buildOffsetIndex, sliceCodePoints, toCodePointOffset, toUtf16Offset } from "./code-points";

const firefighter = "👨🏻‍🚒"; // man + skin tone + ZWJ + fire engine: 4 code points, 7 UTF-16 units

/** Python's `text[start:end]` for non-negative offsets, the reference every function must agree with. */
const pythonSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

describe("code point offsets", () => {
  it("counts an emoji as one code point but two UTF-16 units", () => {
    const text = "a😀b";
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(sliceCodePoints(text, 1, 2)).toBe("😀");
  });

  it("handles a ZWJ sequence as its 4 code points in 7 UTF-16 units", () => {
    const text = `x${firefighter}y`;
    expect(firefighter.length).toBe(7);
    expect(Array.from(firefighter)).toHaveLength(4);
    expect(toUtf16Offset(text, 5)).toBe(8);
    expect(toCodePointOffset(text, 8)).toBe(5);
    expect(sliceCodePoints(text, 1, 5)).toBe(firefighter);
    expect(sliceCodePoints(text, 5, 6)).toBe("y");
  });

  it("keeps Chinese, Arabic and combining accents one unit per code point", () => {
    for (const text of ["哈萨克斯坦总统托卡耶夫", "قال الرئيس توكاييف", "Café with e\u0301"]) {
      expect(toUtf16Offset(text, 4)).toBe(4);
      expect(toCodePointOffset(text, text.length)).toBe(text.length);
    }
    // e + U+0301 is one character on screen but two code points.
    expect(sliceCodePoints("e\u0301x", 0, 2)).toBe("e\u0301");
  });

  it("snaps an offset inside a surrogate pair, or rejects it when asked", () => {
    const text = "a😀b";
    expect(toCodePointOffset(text, 2)).toBe(1);
    expect(toCodePointOffset(text, 2, "snap-forward")).toBe(2);
    expect(() => toCodePointOffset(text, 2, "reject")).toThrowError(/inside a surrogate pair/);
    const index = buildOffsetIndex(text);
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toCodePoint(2, "snap-forward")).toBe(2);
    expect(() => index.toCodePoint(2, "reject")).toThrowError(RangeError);
  });

  it("accepts the boundaries 0 and length and refuses offsets outside the text", () => {
    const text = "😀z";
    expect(toCodePointOffset(text, 0)).toBe(0);
    expect(toUtf16Offset(text, 0)).toBe(0);
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(() => toUtf16Offset(text, 3)).toThrowError(RangeError);
    expect(() => toCodePointOffset(text, 4)).toThrowError(RangeError);
    expect(() => toCodePointOffset(text, -1)).toThrowError(RangeError);
    expect(() => toUtf16Offset(text, 0.5)).toThrowError(RangeError);
    expect(toUtf16Offset("", 0)).toBe(0);
  });

  it("slices like Python: clamped past the end, empty when end <= start, no negative offsets", () => {
    expect(sliceCodePoints("😀ab", 1, 99)).toBe("ab");
    expect(sliceCodePoints("😀ab", 2, 1)).toBe("");
    expect(() => sliceCodePoints("abc", -1, 2)).toThrowError(RangeError);
    expect(buildOffsetIndex("😀ab").slice(1, 99)).toBe("ab");
  });

  it("treats a lone surrogate as one code point, as Array.from does", () => {
    const text = "a\uD800b\uDC00c";
    expect(toUtf16Offset(text, 3)).toBe(3);
    expect(buildOffsetIndex(text).length).toBe(Array.from(text).length);
  });
});

describe("buildOffsetIndex", () => {
  const pieces = ["a", " ", "😀", firefighter, "哈", "e\u0301", "ق", "\n", "𝔘"];

  function randomText(seed: number, length: number): string {
    let state = seed;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state;
    };
    return Array.from({ length }, () => pieces[next() % pieces.length]).join("");
  }

  it("agrees with the scanning functions and with Python slicing at every offset", () => {
    for (const seed of [1, 2, 3]) {
      const text = randomText(seed, 60);
      const index = buildOffsetIndex(text);
      const codePoints = Array.from(text);
      expect(index.length).toBe(codePoints.length);
      for (let cp = 0; cp <= index.length; cp++) {
        const units = index.toUtf16(cp);
        expect(units).toBe(toUtf16Offset(text, cp));
        expect(index.toCodePoint(units)).toBe(cp);
        expect(index.slice(cp, cp + 3)).toBe(pythonSlice(text, cp, cp + 3));
        expect(sliceCodePoints(text, cp, cp + 3)).toBe(pythonSlice(text, cp, cp + 3));
      }
      for (let unit = 0; unit <= text.length; unit++) {
        expect(index.toCodePoint(unit)).toBe(toCodePointOffset(text, unit));
        expect(index.toCodePoint(unit, "snap-forward")).toBe(toCodePointOffset(text, unit, "snap-forward"));
      }
    }
  });

  it("refuses offsets outside the text", () => {
    const index = buildOffsetIndex("ab😀");
    expect(() => index.toUtf16(4)).toThrowError(RangeError);
    expect(() => index.toCodePoint(5)).toThrowError(RangeError);
    expect(() => index.toUtf16(-1)).toThrowError(RangeError);
  });
});
