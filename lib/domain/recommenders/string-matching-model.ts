import { type WordToken, wordTokens } from "./word-tokens";

/** A span a person marked: its text and its label (an entity type, a claim), in one document. */
export interface LabelledSpan {
  documentId: number;
  quote: string;
  label: string;
}

/** Per label, how many times spans gave it to the phrase: in all, and in each document. */
type LabelCounts = Map<string, { total: number; byDocument: Map<number, number> }>;

/**
 * What people marked, by phrase: the folded words of each marked text, and how often each
 * label was given to it in which document (so that one document's marks can be left out).
 */
export interface StringMatchingModel {
  phrases: Map<string, LabelCounts>;
  /** The lengths in words of the phrases starting with a word, longest first. */
  lengthsByFirstWord: Map<string, number[]>;
}

/** The stored form of a model: plain JSON. */
export type StoredStringMatchingModel = [phrase: string, labels: [label: string, counts: [documentId: number, count: number][]][]][];

/** Marked texts longer than this many words are sentences that will not recur word for word. */
const maxPhraseWords = 64;

export function buildStringMatchingModel(spans: Iterable<LabelledSpan>): StringMatchingModel {
  const phrases = new Map<string, LabelCounts>();
  for (const span of spans) {
    const words = wordTokens(span.quote).map((word) => word.folded);
    if (words.length === 0 || words.length > maxPhraseWords) continue;
    const key = words.join(" ");
    let labels = phrases.get(key);
    if (!labels) phrases.set(key, (labels = new Map()));
    let counts = labels.get(span.label);
    if (!counts) labels.set(span.label, (counts = { total: 0, byDocument: new Map() }));
    counts.total++;
    counts.byDocument.set(span.documentId, (counts.byDocument.get(span.documentId) ?? 0) + 1);
  }
  return withLengths(phrases);
}

function withLengths(phrases: Map<string, LabelCounts>): StringMatchingModel {
  const lengths = new Map<string, Set<number>>();
  for (const key of phrases.keys()) {
    const words = key.split(" ");
    const first = words[0]!;
    let set = lengths.get(first);
    if (!set) lengths.set(first, (set = new Set()));
    set.add(words.length);
  }
  const lengthsByFirstWord = new Map([...lengths].map(([word, set]) => [word, [...set].sort((a, b) => b - a)]));
  return { phrases, lengthsByFirstWord };
}

export function storeStringMatchingModel(model: StringMatchingModel): StoredStringMatchingModel {
  return [...model.phrases].map(([phrase, labels]) => [phrase, [...labels].map(([label, counts]) => [label, [...counts.byDocument]])]);
}

export function restoreStringMatchingModel(stored: StoredStringMatchingModel): StringMatchingModel {
  const counted = (byDocument: [number, number][]) => ({ total: byDocument.reduce((sum, [, n]) => sum + n, 0), byDocument: new Map(byDocument) });
  return withLengths(new Map(stored.map(([phrase, labels]) => [phrase, new Map(labels.map(([label, byDocument]) => [label, counted(byDocument)]))])));
}

/** A marked text found again: where (code points, half-open), and the label most often given to it. */
export interface StringMatch {
  start: number;
  end: number;
  quote: string;
  label: string;
  /** How many times the label was given to the text, and how many times any label was. */
  count: number;
  total: number;
  /** count / (total + 1): a label given once is a weaker hint than one given 14 times out of 14. */
  score: number;
}

interface BestLabel {
  label: string;
  count: number;
  total: number;
}

function bestLabel(labels: LabelCounts, excludeDocumentId: number | undefined): BestLabel | null {
  let best: BestLabel | null = null;
  let total = 0;
  for (const [label, counts] of labels) {
    const count = counts.total - (excludeDocumentId === undefined ? 0 : (counts.byDocument.get(excludeDocumentId) ?? 0));
    total += count;
    if (count > 0 && (!best || count > best.count || (count === best.count && label < best.label))) best = { label, count, total: 0 };
  }
  return best && { ...best, total };
}

/**
 * Every place where `text` holds, as whole words, a text that people marked, with the label
 * most often given to it; marks made in `excludeDocumentId` (the document itself) do not count.
 * Of matches starting at the same word the longest wins, and matches never overlap. In text order.
 * `words` are the text's wordTokens, when they are at hand already (several models, one text).
 */
export function findStringMatches(
  model: StringMatchingModel,
  text: string,
  options: { excludeDocumentId?: number; words?: readonly WordToken[] } = {},
): StringMatch[] {
  const words = options.words ?? wordTokens(text);
  const matches: StringMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const lengths = model.lengthsByFirstWord.get(words[i]!.folded);
    let matched = 0;
    for (const length of lengths ?? []) {
      if (i + length > words.length) continue;
      const key = words
        .slice(i, i + length)
        .map((word) => word.folded)
        .join(" ");
      const labels = model.phrases.get(key);
      const best = labels && bestLabel(labels, options.excludeDocumentId);
      if (!best) continue;
      const first = words[i]!;
      const last = words[i + length - 1]!;
      matches.push({
        start: first.start, end: last.end, quote: text.slice(first.from, last.to), ...best, score: best.count / (best.total + 1),
      });
      matched = length;
      break;
    }
    i += Math.max(matched, 1);
  }
  return matches;
}

/** Why a match is suggested, in the workspace's words: "marked PER 14 times" (of 15). */
export function describeStringMatch(labelName: string, match: Pick<StringMatch, "count" | "total">): string {
  const times = match.count === 1 ? "once" : `${match.count} times`;
  return match.total > match.count ? `marked ${labelName} ${times} of ${match.total}` : `marked ${labelName} ${times}`;
}
