import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";
import { characterNgrams } from "./character-ngrams";

/** A text that stands for a catalog claim: its statement, a translation of it, or a quote linked to it. */
export interface ClaimText {
  kind: "statement" | "translation" | "quote";
  text: string;
  /** The language of a translation. */
  language?: string;
  /** The document a quote comes from. */
  documentId?: number;
}

export interface RankableClaim {
  claimId: number;
  texts: readonly ClaimText[];
}

/** A catalog claim's own texts: its statement and each of its translations. */
export function catalogClaimTexts(claim: {
  id: number;
  statement: string;
  translations: readonly ClaimTranslation[];
}): RankableClaim {
  return {
    claimId: claim.id,
    texts: [
      { kind: "statement", text: claim.statement },
      ...claim.translations.map(({ language, text }): ClaimText => ({ kind: "translation", text, language })),
    ],
  };
}

interface IndexedText {
  claimId: number;
  text: ClaimText;
}

/** A TF-IDF index of the claims' texts by character n-gram, with unit-length vectors. */
export interface ClaimRanker {
  texts: IndexedText[];
  idf: Map<string, number>;
  /** Per n-gram, the texts holding it and its weight there. */
  postings: Map<string, { text: number; weight: number }[]>;
}

export interface RankedClaim {
  claimId: number;
  /** Cosine similarity, 0 to 1, to the claim's closest text. */
  score: number;
  /** That closest text. */
  closest: ClaimText;
}

function weigh(grams: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [gram, count] of grams) {
    const inverse = idf.get(gram);
    if (inverse === undefined) continue;
    const weight = (1 + Math.log(count)) * inverse;
    weights.set(gram, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  for (const [gram, weight] of weights) weights.set(gram, weight / length);
  return weights;
}

export function buildClaimRanker(claims: readonly RankableClaim[]): ClaimRanker {
  const texts: IndexedText[] = claims.flatMap((claim) => claim.texts.map((text) => ({ claimId: claim.claimId, text })));
  const grams = texts.map(({ text }) => characterNgrams(text.text));
  const documentFrequency = new Map<string, number>();
  for (const counts of grams) for (const gram of counts.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const idf = new Map([...documentFrequency].map(([gram, df]) => [gram, Math.log((texts.length + 1) / (df + 1)) + 1]));
  const postings = new Map<string, { text: number; weight: number }[]>();
  grams.forEach((counts, text) => {
    for (const [gram, weight] of weigh(counts, idf)) {
      const list = postings.get(gram);
      if (list) list.push({ text, weight });
      else postings.set(gram, [{ text, weight }]);
    }
  });
  return { texts, idf, postings };
}

/**
 * The claims ranked by how closely one of their texts resembles `query` (cosine of TF-IDF
 * character n-gram vectors), best first, at most `limit`, none scoring below `minScore`. Quotes
 * from `excludeDocumentId` (the document being annotated) do not count.
 */
export function rankClaims(
  ranker: ClaimRanker,
  query: string,
  options: { limit?: number; minScore?: number; excludeDocumentId?: number } = {},
): RankedClaim[] {
  const { limit = 5, minScore = 0.05, excludeDocumentId } = options;
  const scores = new Map<number, number>();
  for (const [gram, weight] of weigh(characterNgrams(query), ranker.idf)) {
    for (const posting of ranker.postings.get(gram) ?? []) scores.set(posting.text, (scores.get(posting.text) ?? 0) + weight * posting.weight);
  }
  const best = new Map<number, RankedClaim>();
  for (const [index, score] of scores) {
    const { claimId, text } = ranker.texts[index]!;
    if (excludeDocumentId !== undefined && text.documentId === excludeDocumentId) continue;
    const current = best.get(claimId);
    if (!current || score > current.score) best.set(claimId, { claimId, score: Math.min(1, score), closest: text });
  }
  return [...best.values()]
    .filter((ranked) => ranked.score >= minScore)
    .sort((a, b) => b.score - a.score || a.claimId - b.claimId)
    .slice(0, limit);
}

/** Why a claim is offered: which of its texts the span resembles (the score says how closely). */
export function describeRankedClaim(ranked: RankedClaim): string {
  const { kind, text, language } = ranked.closest;
  if (kind === "statement") return "like the claim's statement";
  if (kind === "translation") return `like its translation “${text}” (${language ?? "another language"})`;
  return `like “${text}”, linked to it before`;
}
