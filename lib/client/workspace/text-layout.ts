import { buildOffsetIndex, type OffsetIndex } from "@/lib/domain/text/code-points";

/** One rendered paragraph: its text and where it sits in the document, in both units. */
export interface Paragraph {
  index: number;
  text: string;
  cpStart: number;
  cpEnd: number;
  u16Start: number;
}

export interface TextLayout {
  text: string;
  offsets: OffsetIndex;
  paragraphs: Paragraph[];
}

/** Blank lines separate paragraphs, as in the reading view. */
const paragraphBreak = /\n(?:[^\S\n]*\n)+/g;

export function layoutParagraphs(text: string): TextLayout {
  const offsets = buildOffsetIndex(text);
  const paragraphs: Paragraph[] = [];
  const push = (u16Start: number, u16End: number) => {
    const slice = text.slice(u16Start, u16End);
    if (slice.trim() === "") return;
    paragraphs.push({
      index: paragraphs.length,
      text: slice,
      cpStart: offsets.toCodePoint(u16Start),
      cpEnd: offsets.toCodePoint(u16End),
      u16Start,
    });
  };
  let start = 0;
  for (const match of text.matchAll(paragraphBreak)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return { text, offsets, paragraphs };
}

/** Index of the last paragraph starting at or before `cp`, or -1. */
function paragraphAtOrBefore(paragraphs: readonly Paragraph[], cp: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.cpStart <= cp) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** A position inside a rendered paragraph: its index and the UTF-16 offset within its text. */
export interface LocalPoint {
  paragraph: number;
  u16: number;
}

/**
 * Where a document offset lands in the rendered paragraphs. Offsets in the blank lines between
 * paragraphs move forward to the next paragraph for a start, back to the previous one for an end.
 */
export function locateCodePoint(layout: TextLayout, cp: number, edge: "start" | "end"): LocalPoint | null {
  const { paragraphs, offsets } = layout;
  let index = paragraphAtOrBefore(paragraphs, cp);
  let paragraph = paragraphs[index];
  if (!paragraph) return edge === "start" && paragraphs[0] ? { paragraph: 0, u16: 0 } : null;
  if (cp > paragraph.cpEnd) {
    if (edge === "end") return { paragraph: index, u16: paragraph.text.length };
    index += 1;
    paragraph = paragraphs[index];
    return paragraph ? { paragraph: index, u16: 0 } : null;
  }
  return { paragraph: index, u16: offsets.toUtf16(cp) - paragraph.u16Start };
}

/** The document offset (code points) of a UTF-16 position inside a paragraph. */
export function toDocumentOffset(layout: TextLayout, paragraph: Paragraph, u16: number): number {
  return layout.offsets.toCodePoint(paragraph.u16Start + u16);
}

/** The document text between two code-point offsets, as Python's `text[start:end]` reads it. */
export function quoteOf(layout: TextLayout, start: number, end: number): string {
  return layout.offsets.slice(start, end);
}

/**
 * The paragraphs that hold [start, end), as one stretch of text and its code-point start: words
 * never cross a blank line, so snapping a selection to words needs no more of a long document.
 */
export function paragraphWindow(layout: TextLayout, start: number, end: number): { cpStart: number; text: string } {
  const first = layout.paragraphs[Math.max(0, paragraphAtOrBefore(layout.paragraphs, start))];
  const last = layout.paragraphs[paragraphAtOrBefore(layout.paragraphs, Math.max(start, end - 1))];
  if (!first || !last) return { cpStart: 0, text: layout.text };
  const cpStart = Math.min(first.cpStart, start);
  return { cpStart, text: layout.offsets.slice(cpStart, Math.max(last.cpEnd, end)) };
}
