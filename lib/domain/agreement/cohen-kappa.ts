import { type AgreementFigure, computedFigure, notComputable } from "./agreement-figure";

export interface CohenKappaDetail {
  observedAgreement: number;
  expectedAgreement: number;
  itemCount: number;
}

export type CategoricalLabel = string | number;

/**
 * Cohen's (1960) kappa from a k×k contingency table: rows are the first rater's categories,
 * columns the second's, in the same order.
 */
export function computeCohenKappa(table: ReadonlyArray<ReadonlyArray<number>>): AgreementFigure<CohenKappaDetail> {
  const size = table.length;
  if (size === 0) return notComputable("The contingency table is empty");
  const rowTotals = new Array<number>(size).fill(0);
  const columnTotals = new Array<number>(size).fill(0);
  let agreeing = 0;
  let itemCount = 0;
  for (let row = 0; row < size; row++) {
    const cells = table[row] ?? [];
    if (cells.length !== size) {
      return notComputable(`The table must be square; row ${row + 1} has ${cells.length} cells, not ${size}`);
    }
    for (let column = 0; column < size; column++) {
      const count = cells[column] ?? 0;
      if (!Number.isFinite(count) || count < 0) {
        return notComputable(`Cell (${row + 1}, ${column + 1}) holds ${count}; counts must be non-negative numbers`);
      }
      rowTotals[row] = (rowTotals[row] ?? 0) + count;
      columnTotals[column] = (columnTotals[column] ?? 0) + count;
      if (row === column) agreeing += count;
      itemCount += count;
    }
  }
  if (itemCount === 0) return notComputable("No items were rated by both raters");

  let chanceProducts = 0;
  for (let category = 0; category < size; category++) {
    chanceProducts += (rowTotals[category] ?? 0) * (columnTotals[category] ?? 0);
  }
  // Integer counts keep this comparison exact: chance agreement 1 means both raters used one category only.
  if (chanceProducts >= itemCount * itemCount) {
    return notComputable("Both raters used one and the same category for every item, so chance agreement is 1");
  }
  const observedAgreement = agreeing / itemCount;
  const expectedAgreement = chanceProducts / (itemCount * itemCount);
  return computedFigure((observedAgreement - expectedAgreement) / (1 - expectedAgreement), {
    observedAgreement,
    expectedAgreement,
    itemCount,
  });
}

/**
 * Cohen's kappa from two raters' labels for the same items, position by position. An item a rater
 * left without a label (null) is skipped, since kappa needs both labels.
 */
export function computeCohenKappaFromLabels(
  first: ReadonlyArray<CategoricalLabel | null>,
  second: ReadonlyArray<CategoricalLabel | null>,
): AgreementFigure<CohenKappaDetail> {
  if (first.length !== second.length) {
    return notComputable(`The raters' label lists differ in length (${first.length} and ${second.length})`);
  }
  const categoryIndex = new Map<CategoricalLabel, number>();
  const pairs: [number, number][] = [];
  const indexOf = (label: CategoricalLabel) => {
    const known = categoryIndex.get(label);
    if (known !== undefined) return known;
    categoryIndex.set(label, categoryIndex.size);
    return categoryIndex.size - 1;
  };
  for (let item = 0; item < first.length; item++) {
    const a = first[item];
    const b = second[item];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    pairs.push([indexOf(a), indexOf(b)]);
  }
  if (pairs.length === 0) return notComputable("No item carries a label from both raters");
  const table = Array.from({ length: categoryIndex.size }, () => new Array<number>(categoryIndex.size).fill(0));
  for (const [a, b] of pairs) {
    const row = table[a];
    if (row) row[b] = (row[b] ?? 0) + 1;
  }
  return computeCohenKappa(table);
}
