import { buildOffsetIndex } from "@/lib/domain/text/code-points";

/** A run of a paragraph's text, inside the marked span or not. */
export interface ReadingRun {
  text: string;
  marked: boolean;
}

/** Code points, half-open, as every offset of the app. */
export interface MarkedRange {
  start: number;
  end: number;
}

// Paragraphs are separated by blank lines (HTML import makes each block one paragraph).
const paragraphBreak = /\n(?:[^\S\n]*\n)+/g;

/**
 * The paragraphs of a text as the reading view shows them, each as runs: with `mark`, the part of
 * each paragraph that lies inside it is a marked run. A mark past the text, empty or reversed
 * marks nothing. Blank paragraphs are left out, as they show nothing.
 */
export function readingParagraphs(text: string, mark?: MarkedRange): ReadingRun[][] {
  const index = buildOffsetIndex(text);
  const within = mark && mark.start < mark.end && mark.end <= index.length ? { start: index.toUtf16(mark.start), end: index.toUtf16(mark.end) } : null;
  const paragraphs: ReadingRun[][] = [];
  const add = (from: number, to: number) => {
    const paragraph = text.slice(from, to);
    if (paragraph.trim() === "") return;
    const markFrom = within ? Math.min(Math.max(within.start, from), to) : to;
    const markTo = within ? Math.min(Math.max(within.end, from), to) : to;
    const runs: ReadingRun[] = [
      { text: text.slice(from, markFrom), marked: false },
      { text: text.slice(markFrom, markTo), marked: true },
      { text: text.slice(markTo, to), marked: false },
    ];
    paragraphs.push(runs.filter((run) => run.text !== ""));
  };
  let from = 0;
  for (const separator of text.matchAll(paragraphBreak)) {
    add(from, separator.index);
    from = separator.index + separator[0].length;
  }
  add(from, text.length);
  return paragraphs;
}
