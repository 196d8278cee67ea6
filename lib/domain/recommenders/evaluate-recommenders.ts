import { buildClaimRanker, rankClaims, type RankableClaim } from "./claim-ranker";
import { buildStancePrior, priorStance, type StanceObservation } from "./stance-prior";
import { buildStringMatchingModel, findStringMatches } from "./string-matching-model";

export interface QualityFigures {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Null where nothing was predicted (precision) or expected (recall). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function qualityFigures(truePositives: number, falsePositives: number, falseNegatives: number): QualityFigures {
  const predicted = truePositives + falsePositives;
  const expected = truePositives + falseNegatives;
  const precision = predicted === 0 ? null : truePositives / predicted;
  const recall = expected === 0 ? null : truePositives / expected;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** A gold document: its text and its labelled spans (code points, half-open). */
export interface GoldDocument {
  documentId: number;
  text: string;
  spans: readonly { start: number; end: number; label: string }[];
}

/**
 * String matching by leave-one-document-out: each document's spans are predicted from the marks
 * of all the others, and a prediction counts when its offsets and label are exactly a gold span's.
 */
export function evaluateStringMatching(documents: readonly GoldDocument[]): QualityFigures {
  const model = buildStringMatchingModel(
    documents.flatMap((document) => {
      const characters = [...document.text];
      return document.spans.map((span) => ({
        documentId: document.documentId,
        quote: characters.slice(span.start, span.end).join(""),
        label: span.label,
      }));
    }),
  );
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  for (const document of documents) {
    const gold = new Set(document.spans.map((span) => `${span.start}:${span.end}:${span.label}`));
    const matches = findStringMatches(model, document.text, { excludeDocumentId: document.documentId });
    truePositives += matches.filter((match) => gold.has(`${match.start}:${match.end}:${match.label}`)).length;
    predicted += matches.length;
    expected += gold.size;
  }
  return qualityFigures(truePositives, predicted - truePositives, expected - truePositives);
}

/** A gold claim span's text and the catalog claim it links to. */
export interface GoldClaimSpan {
  documentId: number;
  quote: string;
  claimId: number;
}

/**
 * Claim matching by leave-one-document-out: each gold claim span is ranked against the catalog's
 * statements and the quotes of the other documents; the top claim is its prediction.
 */
export function evaluateClaimMatching(statements: readonly RankableClaim[], spans: readonly GoldClaimSpan[]): QualityFigures {
  const quotes = new Map<number, RankableClaim["texts"][number][]>();
  for (const span of spans) {
    const list = quotes.get(span.claimId) ?? [];
    list.push({ kind: "quote", text: span.quote, documentId: span.documentId });
    quotes.set(span.claimId, list);
  }
  const ranker = buildClaimRanker(statements.map((claim) => ({ claimId: claim.claimId, texts: [...claim.texts, ...(quotes.get(claim.claimId) ?? [])] })));
  let truePositives = 0;
  let predicted = 0;
  for (const span of spans) {
    const [top] = rankClaims(ranker, span.quote, { limit: 1, excludeDocumentId: span.documentId });
    if (!top) continue;
    predicted++;
    if (top.claimId === span.claimId) truePositives++;
  }
  return qualityFigures(truePositives, predicted - truePositives, spans.length - truePositives);
}

/** The stance prior by leave-one-document-out: each gold stance predicted from the other documents. */
export function evaluateStancePrior(observations: readonly StanceObservation[]): QualityFigures {
  const prior = buildStancePrior(observations);
  let truePositives = 0;
  let predicted = 0;
  for (const observation of observations) {
    const guess = priorStance(prior, { ...observation, excludeDocumentId: observation.documentId });
    if (!guess) continue;
    predicted++;
    if (guess.stance === observation.stance) truePositives++;
  }
  return qualityFigures(truePositives, predicted - truePositives, observations.length - truePositives);
}
