/**
 * Characters that end a line for Python's `str.splitlines()`, which brat's line reader follows:
 * a .ann line must not contain any of them.
 */
export const PYTHON_LINE_BREAK = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/u;

/**
 * brat writes a span as `start end` pairs with its text on the same line, so a span that
 * crosses a line break becomes discontinuous fragments around each break (`0 5;6 11`), the
 * brat way of annotating over newlines. Offsets are code points; `quote` is `text[start:end]`.
 * Empty when the span holds nothing but line breaks.
 */
export function bratFragments(quote: string, start: number): [number, number][] {
  const fragments: [number, number][] = [];
  let offset = start;
  let fragmentStart = -1;
  for (const character of quote) {
    const isBreak = PYTHON_LINE_BREAK.test(character);
    if (!isBreak && fragmentStart < 0) fragmentStart = offset;
    if (isBreak && fragmentStart >= 0) {
      fragments.push([fragmentStart, offset]);
      fragmentStart = -1;
    }
    offset++;
  }
  if (fragmentStart >= 0) fragments.push([fragmentStart, offset]);
  return fragments;
}

/** Text for the .ann line: brat joins the fragments' texts with one space (DISCONT_SEP). */
export function bratFragmentText(text: { slice(start: number, end: number): string }, fragments: [number, number][]): string {
  return fragments.map(([start, end]) => text.slice(start, end)).join(" ");
}
