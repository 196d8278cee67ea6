/**
 * Offsets in Claimdesk are Unicode code points (Python's `text[start:end]`); JavaScript strings
 * and the DOM count UTF-16 units. These functions convert at that boundary. A code point above
 * U+FFFF (most emoji) is one code point but two UTF-16 units, a surrogate pair.
 */

/** What to do with a UTF-16 offset that falls between the two halves of a surrogate pair. */
export type InsidePairPolicy = "snap-backward" | "snap-forward" | "reject";

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether a surrogate pair starts at `index`; lone surrogates count as one code point each. */
function pairStartsAt(text: string, index: number): boolean {
  return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1));
}

function requireOffset(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${unit} offset ${offset} is outside the text (0 to ${max})`);
  }
}

function resolveInsidePair(codePointBefore: number, policy: InsidePairPolicy, utf16Offset: number): number {
  if (policy === "reject") {
    throw new RangeError(`UTF-16 offset ${utf16Offset} falls inside a surrogate pair`);
  }
  return policy === "snap-backward" ? codePointBefore : codePointBefore + 1;
}

/** The code-point offset of a UTF-16 offset; an offset inside a pair snaps back by default. */
export function toCodePointOffset(
  text: string,
  utf16Offset: number,
  insidePair: InsidePairPolicy = "snap-backward",
): number {
  requireOffset(utf16Offset, text.length, "UTF-16");
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i++) {
    if (pairStartsAt(text, i)) {
      if (i + 1 === utf16Offset) return resolveInsidePair(codePoints, insidePair, utf16Offset);
      i++;
    }
    codePoints++;
  }
  return codePoints;
}

/** UTF-16 units taken by the first `count` code points; -1 when the text has fewer. */
function unitsOfFirstCodePoints(text: string, count: number): number {
  let units = 0;
  for (let codePoints = 0; codePoints < count; codePoints++) {
    if (units >= text.length) return -1;
    units += pairStartsAt(text, units) ? 2 : 1;
  }
  return units;
}

function requireNonNegativeInteger(offset: number): void {
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`Code point offset ${offset} is not a non-negative integer`);
  }
}

/** The UTF-16 offset of a code-point offset. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  requireNonNegativeInteger(codePointOffset);
  const units = unitsOfFirstCodePoints(text, codePointOffset);
  if (units < 0) throw new RangeError(`Code point offset ${codePointOffset} is past the end of the text`);
  return units;
}

/**
 * `text[start:end]` in code points, as Python reads it for non-negative offsets: offsets past
 * the end clamp to it and `end <= start` gives "". Negative offsets are refused, not counted
 * from the end.
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  requireNonNegativeInteger(start);
  requireNonNegativeInteger(end);
  if (end <= start) return "";
  const toUnits = (offset: number) => {
    const units = unitsOfFirstCodePoints(text, offset);
    return units < 0 ? text.length : units;
  };
  return text.slice(toUnits(start), toUnits(end));
}

/** Conversions in both directions for one text: O(log p) for a text holding p surrogate pairs. */
export interface OffsetIndex {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  toCodePoint(utf16Offset: number, insidePair?: InsidePairPolicy): number;
  toUtf16(codePointOffset: number): number;
  /** `text[start:end]` in code points, clamped like `sliceCodePoints`. */
  slice(start: number, end: number): string;
}

/** Number of entries of the ascending `sorted` that are below `limit`. */
function countBelow(sorted: Int32Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Scans the text once and remembers where its surrogate pairs are; every conversion is then a
 * binary search over those, and plain arithmetic for texts without astral characters.
 */
export function buildOffsetIndex(text: string): OffsetIndex {
  const pairUtf16Starts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (pairStartsAt(text, i)) pairUtf16Starts.push(i++);
  }
  const byUtf16 = Int32Array.from(pairUtf16Starts);
  // The k-th pair starts at code point (its UTF-16 start − k): k pairs before it took 2 units.
  const byCodePoint = Int32Array.from(pairUtf16Starts, (start, k) => start - k);
  const length = text.length - byUtf16.length;

  const toUtf16 = (codePointOffset: number): number => {
    requireOffset(codePointOffset, length, "Code point");
    return codePointOffset + countBelow(byCodePoint, codePointOffset);
  };
  const toCodePoint = (utf16Offset: number, insidePair: InsidePairPolicy = "snap-backward"): number => {
    requireOffset(utf16Offset, text.length, "UTF-16");
    const pairsStartedBefore = countBelow(byUtf16, utf16Offset);
    const lastPair = byUtf16[pairsStartedBefore - 1];
    if (lastPair !== undefined && lastPair + 1 === utf16Offset) {
      return resolveInsidePair(utf16Offset - pairsStartedBefore, insidePair, utf16Offset);
    }
    return utf16Offset - pairsStartedBefore;
  };
  return {
    text,
    length,
    toCodePoint,
    toUtf16,
    slice: (start, end) => {
      requireNonNegativeInteger(start);
      requireNonNegativeInteger(end);
      return end <= start ? "" : text.slice(toUtf16(Math.min(start, length)), toUtf16(Math.min(end, length)));
    },
  };
}
