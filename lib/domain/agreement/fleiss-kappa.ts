import { type AgreementFigure, computedFigure, notComputable } from "./agreement-figure";

export interface FleissKappaDetail {
  /** Mean over subjects of the share of agreeing rater pairs (Fleiss's P̄). */
  observedAgreement: number;
  /** Sum of squared category shares (Fleiss's P̄e). */
  expectedAgreement: number;
  subjectCount: number;
  raterCount: number;
}

/**
 * Fleiss' (1971) kappa from a subjects × categories matrix of counts: cell (i, j) is how many
 * raters put subject i in category j. Fleiss's formula assumes the same number of ratings per
 * subject, so a matrix whose rows sum differently is refused rather than silently reweighted.
 */
export function computeFleissKappa(counts: ReadonlyArray<ReadonlyArray<number>>): AgreementFigure<FleissKappaDetail> {
  const subjectCount = counts.length;
  const firstRow = counts[0];
  if (!firstRow) return notComputable("There are no subjects");
  const categoryCount = firstRow.length;
  if (categoryCount === 0) return notComputable("There are no categories");
  const raterCount = firstRow.reduce((sum, count) => sum + count, 0);

  const categoryTotals = new Array<number>(categoryCount).fill(0);
  let squaredCounts = 0;
  for (let subject = 0; subject < subjectCount; subject++) {
    const row = counts[subject] ?? [];
    if (row.length !== categoryCount) {
      return notComputable(`Subject ${subject + 1} has ${row.length} category counts, not ${categoryCount}`);
    }
    let ratings = 0;
    for (let category = 0; category < categoryCount; category++) {
      const count = row[category] ?? 0;
      if (!Number.isInteger(count) || count < 0) {
        return notComputable(
          `Subject ${subject + 1} holds ${count} ratings in category ${category + 1}; counts must be whole numbers ≥ 0`,
        );
      }
      ratings += count;
      squaredCounts += count * count;
      categoryTotals[category] = (categoryTotals[category] ?? 0) + count;
    }
    if (ratings !== raterCount) {
      return notComputable(
        `Subject ${subject + 1} has ${ratings} ratings and subject 1 has ${raterCount}; ` +
          "Fleiss' kappa needs the same number for every subject",
      );
    }
  }
  if (raterCount < 2) {
    return notComputable(`Each subject has ${raterCount} rating(s); agreement needs at least 2 raters`);
  }
  if (categoryTotals.filter((total) => total > 0).length < 2) {
    return notComputable("Every rating fell into one category, so chance agreement is 1");
  }

  const ratingCount = subjectCount * raterCount;
  // Fleiss's P̄ = mean over subjects of (Σ n_ij² − n) / (n(n − 1)), summed over all subjects at once.
  const observedAgreement = (squaredCounts - ratingCount) / (ratingCount * (raterCount - 1));
  let expectedAgreement = 0;
  for (const total of categoryTotals) expectedAgreement += (total / ratingCount) ** 2;
  return computedFigure((observedAgreement - expectedAgreement) / (1 - expectedAgreement), {
    observedAgreement,
    expectedAgreement,
    subjectCount,
    raterCount,
  });
}
