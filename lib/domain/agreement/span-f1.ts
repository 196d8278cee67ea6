import { type AgreementFigure, computedFigure, notComputable } from "./agreement-figure";
import { type SpanMatchMode, countSpanMatches } from "./count-span-matches";
import type { LabeledSpan } from "./labeled-span";

export interface SpanF1Detail {
  matchCount: number;
  firstCount: number;
  secondCount: number;
}

/** Two annotators' spans in one document. */
export interface SpanPair {
  first: ReadonlyArray<LabeledSpan>;
  second: ReadonlyArray<LabeledSpan>;
}

/**
 * Pairwise span F1, 2·matches / (|first| + |second|), with one-to-one matches. It is symmetric, so
 * neither annotator has to play the gold standard.
 */
export function computeSpanF1(
  first: ReadonlyArray<LabeledSpan>,
  second: ReadonlyArray<LabeledSpan>,
  options: { mode: SpanMatchMode },
): AgreementFigure<SpanF1Detail> {
  return computePooledSpanF1([{ first, second }], options);
}

/**
 * Span F1 over many documents: matches and sizes are summed first, so a document with many spans
 * weighs more than one with a single span (micro-averaging). Pass only documents both annotated.
 */
export function computePooledSpanF1(
  documents: ReadonlyArray<SpanPair>,
  options: { mode: SpanMatchMode },
): AgreementFigure<SpanF1Detail> {
  let matchCount = 0;
  let firstCount = 0;
  let secondCount = 0;
  for (const { first, second } of documents) {
    firstCount += first.length;
    secondCount += second.length;
    if (first.length > 0 && second.length > 0) matchCount += countSpanMatches(first, second, options.mode);
  }
  if (firstCount + secondCount === 0) return notComputable("Neither annotator marked a span");
  return computedFigure((2 * matchCount) / (firstCount + secondCount), { matchCount, firstCount, secondCount });
}
