import { wordTokens } from "./word-tokens";

const unspaced = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;

/**
 * The character n-grams of a text, counted: 3-grams of each folded word padded with spaces
 * ("kazachstan" → " ka", "kaz", …, "an "), which match across inflections and spellings in other
 * languages (Kasachstan, Kazachstanu, Kazakhstan); in Chinese and Japanese, each character and
 * each pair of neighbouring characters.
 */
export function characterNgrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const add = (gram: string) => grams.set(gram, (grams.get(gram) ?? 0) + 1);
  const words = wordTokens(text);
  words.forEach((word, i) => {
    if (unspaced.test(word.folded)) {
      add(word.folded);
      const next = words[i + 1];
      if (next && next.start === word.end && unspaced.test(next.folded)) add(word.folded + next.folded);
      return;
    }
    const padded = [..." ", ...word.folded, " "];
    if (padded.length < 3) return add(padded.join(""));
    for (let j = 0; j + 3 <= padded.length; j++) add(padded.slice(j, j + 3).join(""));
  });
  return grams;
}
