import { buildOffsetIndex } from "@/lib/domain/text/code-points";

/** A token with code-point offsets into the document text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Segmenters are costly to create and reusable; an unknown locale falls back to the default one. */
function segmenter(locale: string, granularity: "word" | "sentence"): Intl.Segmenter {
  const key = `${granularity}:${locale}`;
  let found = segmenters.get(key);
  if (!found) {
    try {
      found = new Intl.Segmenter(locale === "und" ? undefined : locale, { granularity });
    } catch {
      found = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, found);
  }
  return found;
}

const WHITESPACE_ONLY = /^\p{White_Space}+$/u;

/**
 * Sentences of tokens as `Intl.Segmenter` cuts them (the same segmentation as word snapping,
 * so Chinese is split into words). A token is every word segment that is not whitespace: words,
 * and also punctuation and emoji, which CoNLL-style data keeps as tokens of their own.
 * Sentences without tokens (blank lines) are dropped.
 */
export function tokenizeSentences(text: string, language: string): Token[][] {
  const index = buildOffsetIndex(text);
  const sentences: Token[][] = [];
  for (const sentence of segmenter(language, "sentence").segment(text)) {
    const tokens: Token[] = [];
    for (const word of segmenter(language, "word").segment(sentence.segment)) {
      if (WHITESPACE_ONLY.test(word.segment)) continue;
      const from = sentence.index + word.index;
      tokens.push({
        text: word.segment,
        start: index.toCodePoint(from),
        end: index.toCodePoint(from + word.segment.length),
      });
    }
    if (tokens.length > 0) sentences.push(tokens);
  }
  return sentences;
}
