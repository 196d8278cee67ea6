import { buildOffsetIndex } from "@/lib/domain/text/code-points";

export interface SpanRange {
  /** Code points, half-open. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Segmenters are costly to create and reusable; an unknown locale falls back to the default one. */
function wordSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? "";
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

const edgeJunk = /^[\p{White_Space}\p{P}]$/u;

/** The code point at a UTF-16 index, or the one ending just before it. */
const codePointAt = (text: string, index: number) => String.fromCodePoint(text.codePointAt(index) ?? 0);
const codePointBefore = (text: string, index: number) => Array.from(text.slice(Math.max(0, index - 2), index)).at(-1) ?? "";

/**
 * Widens a selection to whole words and drops whitespace and punctuation at its edges, so that
 * "okajew, " becomes "Tokajew". Words are what `Intl.Segmenter` says they are, which splits
 * Chinese into words too; an emoji or a ZWJ sequence is kept whole. Offsets are code points;
 * null when the selection holds nothing but whitespace and punctuation.
 */
export function snapToWordBoundaries(text: string, start: number, end: number, locale?: string): SpanRange | null {
  const index = buildOffsetIndex(text);
  if (end < start) throw new RangeError(`The selection ends (${end}) before it starts (${start})`);
  let from = index.toUtf16(start);
  let to = index.toUtf16(end);
  while (from < to && edgeJunk.test(codePointAt(text, from))) from += codePointAt(text, from).length;
  while (to > from && edgeJunk.test(codePointBefore(text, to))) to -= codePointBefore(text, to).length;
  if (from === to) return null;

  const segments = wordSegmenter(locale).segment(text);
  const first = segments.containing(from);
  const last = segments.containing(to - 1);
  if (first) from = first.index;
  if (last) to = last.index + last.segment.length;
  return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
}
