import { foldText } from "./fold-text";

/** A word of a text, folded, with where it lies: code points, half-open (and UTF-16 indices, for slicing). */
export interface WordToken {
  folded: string;
  start: number;
  end: number;
  from: number;
  to: number;
}

const unspaced = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
const wordCharacter = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * `word`: part of a run of letters, marks and digits; `unspaced`: a character of Chinese or
 * Japanese, a token alone, so that a run of them matches anywhere.
 */
type CharacterKind = "separator" | "word" | "unspaced";

/** Kinds of the characters outside ASCII met so far: texts use few, and the Unicode property tests are slow. */
const kinds = new Map<number, CharacterKind>();

function kindOf(codePoint: number): CharacterKind {
  if (codePoint < 0x80) {
    const letterOrDigit = (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
    return letterOrDigit ? "word" : "separator";
  }
  let kind = kinds.get(codePoint);
  if (kind === undefined) {
    const character = String.fromCodePoint(codePoint);
    kind = unspaced.test(character) ? "unspaced" : wordCharacter.test(character) ? "word" : "separator";
    kinds.set(codePoint, kind);
  }
  return kind;
}

/**
 * The words of `text` in order, each folded (see foldText); punctuation and spaces separate them.
 * A token is a character of Chinese or Japanese alone, or a run of letters, marks and digits of
 * other scripts. One pass over the text's code points: scoring every document of a project by
 * uncertainty reads millions of words.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let runFrom = -1;
  let runStart = 0;
  // Most words are ASCII, whose folded form is their lower case (and often the word itself).
  let runAscii = true;
  let runUpper = false;
  let codePoints = 0;
  // One step past the end, as if a space followed: it ends the last run.
  for (let i = 0; i <= text.length; ) {
    const unit = i < text.length ? text.charCodeAt(i) : 0x20;
    const codePoint = unit < 0xd800 ? unit : text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const kind = kindOf(codePoint);
    if (kind === "word") {
      if (runFrom < 0) {
        runFrom = i;
        runStart = codePoints;
        runAscii = true;
        runUpper = false;
      }
      if (codePoint >= 0x80) runAscii = false;
      else if (codePoint >= 0x41 && codePoint <= 0x5a) runUpper = true;
    } else {
      if (runFrom >= 0) {
        const word = text.slice(runFrom, i);
        const folded = !runAscii ? foldText(word) : runUpper ? word.toLowerCase() : word;
        tokens.push({ folded, start: runStart, end: codePoints, from: runFrom, to: i });
        runFrom = -1;
      }
      if (kind === "unspaced") {
        tokens.push({ folded: foldText(text.slice(i, i + width)), start: codePoints, end: codePoints + 1, from: i, to: i + width });
      }
    }
    // A lone low surrogate counts as no code point, as everywhere offsets are counted.
    if (width === 2 || codePoint < 0xdc00 || codePoint > 0xdfff) codePoints++;
    i += width;
  }
  return tokens;
}

/** The key under which a phrase's words are looked up: its folded words, space-separated. */
export function phraseKey(text: string): string {
  return wordTokens(text)
    .map((word) => word.folded)
    .join(" ");
}
