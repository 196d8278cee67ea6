import { buildOffsetIndex } from "@/lib/domain/text/code-points";

/**
 * What a tool's offsets count. Claimdesk, brat and Label Studio count code points (Python's
 * `len`); doccano counts UTF-16 units (JavaScript's `length`), or grapheme clusters when its
 * project has "Count grapheme clusters as one character" on.
 */
export type OffsetUnit = "code-point" | "utf-16" | "grapheme";

export interface OffsetConverter {
  /** Code points → the unit. A grapheme boundary inside a cluster snaps outward (see `edge`). */
  toUnit(codePointOffset: number, edge: "start" | "end"): number;
  /** The unit → code points; throws a RangeError for an offset outside the text or inside a character. */
  toCodePoint(unitOffset: number): number;
}

export function offsetConverter(text: string, unit: OffsetUnit): OffsetConverter {
  if (unit === "code-point") {
    const length = buildOffsetIndex(text).length;
    const check = (offset: number) => {
      if (!Number.isInteger(offset) || offset < 0 || offset > length) {
        throw new RangeError(`offset ${offset} is outside the text (0 to ${length} code points)`);
      }
      return offset;
    };
    return { toUnit: check, toCodePoint: check };
  }
  const index = buildOffsetIndex(text);
  if (unit === "utf-16") {
    return {
      toUnit: (offset) => index.toUtf16(offset),
      toCodePoint: (offset) => index.toCodePoint(offset, "reject"),
    };
  }
  return graphemeConverter(text, index.toCodePoint);
}

/** Grapheme clusters as `Intl.Segmenter` finds them (doccano uses the grapheme-splitter package). */
function graphemeConverter(text: string, utf16ToCodePoint: (offset: number) => number): OffsetConverter {
  const starts: number[] = [];
  for (const { index } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    starts.push(utf16ToCodePoint(index));
  }
  const length = utf16ToCodePoint(text.length);
  starts.push(length);
  return {
    toUnit: (offset, edge) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >>> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return edge === "end" && starts[low]! < offset ? low + 1 : low;
    },
    toCodePoint: (offset) => {
      const codePoint = starts[offset];
      if (!Number.isInteger(offset) || codePoint === undefined) {
        throw new RangeError(`offset ${offset} is outside the text (0 to ${starts.length - 1} graphemes)`);
      }
      return codePoint;
    },
  };
}
