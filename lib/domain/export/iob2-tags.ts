import type { Token } from "./tokenize-text";

/** A labelled range in code points, half-open. */
export interface LabeledRange {
  start: number;
  end: number;
  label: string;
}

/** Tags and labels must not hold whitespace in column formats; `New York` becomes `New_York`. */
export function tokenLabel(label: string): string {
  return label.trim().replace(/\s+/g, "_");
}

/** Tokens are in text order, so a binary search finds the first one a span can touch. */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Claim {
  first: number;
  last: number;
  length: number;
  start: number;
  label: string;
}

/**
 * IOB2 tags for sentences of tokens. Rules:
 * - a token belongs to a span when they share at least one code point, so a span boundary
 *   inside a token ("Kazakh|stan's") still tags the whole token;
 * - overlapping spans (judged on the tokens they cover) keep the longest in code points,
 *   then the earliest; the others are left out;
 * - a span that crosses a sentence boundary starts again with B- in the next sentence, so
 *   every sentence is valid IOB2 on its own.
 */
export function tagSentences(sentences: Token[][], spans: readonly LabeledRange[]): string[][] {
  const tokens = sentences.flat();
  const claims: Claim[] = [];
  for (const span of spans) {
    const first = firstTokenEndingAfter(tokens, span.start);
    if (first >= tokens.length || tokens[first]!.start >= span.end) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
    claims.push({ first, last, length: span.end - span.start, start: span.start, label: tokenLabel(span.label) });
  }
  claims.sort((a, b) => b.length - a.length || a.start - b.start || a.label.localeCompare(b.label));

  const owner: (Claim | undefined)[] = new Array(tokens.length);
  for (const claim of claims) {
    let free = true;
    for (let i = claim.first; i <= claim.last && free; i++) free = owner[i] === undefined;
    if (free) owner.fill(claim, claim.first, claim.last + 1);
  }

  let position = 0;
  return sentences.map((sentence) =>
    sentence.map((_, indexInSentence) => {
      const claim = owner[position];
      const previous = indexInSentence > 0 ? owner[position - 1] : undefined;
      position++;
      if (!claim) return "O";
      return `${previous === claim ? "I" : "B"}-${claim.label}`;
    }),
  );
}
