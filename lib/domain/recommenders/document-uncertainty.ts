/** One suggestion for a document: who offers it, where (code points, half-open), what, how sure (0–1). */
export interface ScoredSuggestion {
  /** The recommender or model that offers it: "string-matching:entity", "model-server". */
  source: string;
  /** Suggestions of different layers (an entity inside a claim) never contradict each other. */
  layer: string;
  start: number;
  end: number;
  label: string;
  score: number;
}

/** Uncertainty of a document no recommender suggests anything for: they know nothing about it. */
export const unknownDocumentUncertainty = 1;

const clampScore = (score: number) => (Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0);

const overlaps = (a: ScoredSuggestion, b: ScoredSuggestion) => a.start < b.end && b.start < a.end;

/**
 * How unsure the recommenders are about a document, from 0 (sure of every suggestion) to 1: the
 * mean, over its suggestions, of 1 − score, where a suggestion that another source contradicts
 * (a different label of the same layer on overlapping offsets) counts as wholly unsure. A document with no
 * suggestion at all is the most uncertain: labelling it teaches the recommenders most.
 */
export function computeDocumentUncertainty(suggestions: readonly ScoredSuggestion[]): number {
  if (suggestions.length === 0) return unknownDocumentUncertainty;
  const sorted = [...suggestions].sort((a, b) => a.start - b.start || a.end - b.end);
  const contradicted = new Set<number>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < a.end; j++) {
      const b = sorted[j]!;
      if (a.layer === b.layer && a.source !== b.source && a.label !== b.label && overlaps(a, b)) {
        contradicted.add(i);
        contradicted.add(j);
      }
    }
  }
  const total = sorted.reduce((sum, suggestion, i) => sum + (contradicted.has(i) ? 1 : 1 - clampScore(suggestion.score)), 0);
  return total / sorted.length;
}

/** The stored form: thousandths, rounded. */
export const toUncertaintyPermille = (uncertainty: number) => Math.round(uncertainty * 1000);
