import { type AgreementFigure, computedFigure, notComputable } from "./agreement-figure";

export interface PairAverageDetail {
  pairCount: number;
  /** Pairs whose figure was computable and entered the mean. */
  averagedPairCount: number;
}

/**
 * The unweighted mean of a pairwise figure (span F1, Cohen's kappa — the latter gives Light's kappa)
 * over all unordered annotator pairs. Pairs whose figure cannot be computed are left out and counted.
 */
export function averageOverAnnotatorPairs<Annotator>(
  annotators: ReadonlyArray<Annotator>,
  computePair: (first: Annotator, second: Annotator) => AgreementFigure<object>,
): AgreementFigure<PairAverageDetail> {
  if (annotators.length < 2) return notComputable(`There are ${annotators.length} annotator(s); a pair needs 2`);
  let pairCount = 0;
  let averagedPairCount = 0;
  let sum = 0;
  let firstReason = "";
  for (const [index, first] of annotators.entries()) {
    for (const second of annotators.slice(index + 1)) {
      const figure = computePair(first, second);
      pairCount++;
      if (figure.value === null) {
        firstReason ||= figure.reason;
        continue;
      }
      sum += figure.value;
      averagedPairCount++;
    }
  }
  if (averagedPairCount === 0) return notComputable(`No annotator pair has a computable figure: ${firstReason}`);
  return computedFigure(sum / averagedPairCount, { pairCount, averagedPairCount });
}
