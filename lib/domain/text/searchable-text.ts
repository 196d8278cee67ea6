/**
 * Characters of scripts written without spaces between words: Thai, Lao, Myanmar, Khmer,
 * CJK (radicals to unified ideographs, kana included), compatibility ideographs and the
 * supplementary ideograph planes. Plain ranges, which scan much faster than script classes.
 */
const unspacedCharacter =
  /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u2FDF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3134F}]/gu;

/**
 * Puts spaces around every character of unspaced scripts, so that the word index holds
 * each as a token and a phrase of characters finds any substring, whatever a segmenter
 * would have made of the words (it splits names such as 托卡耶夫 into single characters).
 */
function spaceOutUnspaced(text: string): string {
  return text.replace(unspacedCharacter, " $& ");
}

/** The form of a document that the word index stores. */
export function toSearchableText(title: string, text: string): string {
  return spaceOutUnspaced(`${title}\n${text}`);
}

/**
 * An FTS5 query requiring every term of `q`: a word prefix for spaced scripts ("Kazachstan"
 * finds "Kazachstanu"), a phrase of characters for Chinese. Terms are quoted, so FTS5
 * syntax in user input is taken literally. Null when `q` has no letter or digit.
 */
export function toSearchMatchExpression(q: string): string | null {
  const terms = q
    .normalize("NFC")
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .map((term) => `"${spaceOutUnspaced(term).trim().replaceAll('"', '""')}"*`);
  return terms.length > 0 ? terms.join(" ") : null;
}
