import { foldText } from "./fold-text";

/** A word of a text, folded, with where it lies: code points, half-open (and UTF-16 indices, for slicing). */
export interface WordToken {
  folded: string;
  start: number;
  end: number;
  from: number;
  to: number;
}

const unspacedScripts = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}";
/**
 * One match per token: a character of Chinese or Japanese alone (so that a run of them matches
 * anywhere, whatever the word boundaries), or a run of letters, marks and digits of other scripts.
 */
const token = new RegExp(`([${unspacedScripts}])|((?:(?![${unspacedScripts}])[\\p{L}\\p{M}\\p{N}])+)`, "gu");

/** Code points in text.slice(0, index), counted from a known earlier position. */
function advance(text: string, from: number, to: number, codePoints: number): number {
  let count = codePoints;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** The words of `text` in order, each folded (see foldText); punctuation and spaces separate them. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let utf16 = 0;
  let codePoints = 0;
  for (const match of text.matchAll(token)) {
    const index = match.index;
    codePoints = advance(text, utf16, index, codePoints);
    const end = advance(text, index, index + match[0].length, codePoints);
    tokens.push({ folded: foldText(match[0]), start: codePoints, end, from: index, to: index + match[0].length });
    utf16 = index + match[0].length;
    codePoints = end;
  }
  return tokens;
}

/** The key under which a phrase's words are looked up: its folded words, space-separated. */
export function phraseKey(text: string): string {
  return wordTokens(text)
    .map((word) => word.folded)
    .join(" ");
}
