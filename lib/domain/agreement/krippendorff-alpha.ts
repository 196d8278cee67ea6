import { type AgreementFigure, computedFigure, notComputable } from "./agreement-figure";

export type AlphaValue = string | number;
export type AlphaMetric = "nominal" | "ordinal" | "interval" | "ratio";

export interface KrippendorffAlphaDetail {
  observedDisagreement: number;
  expectedDisagreement: number;
  /** Values in units that at least two coders coded; the others cannot be compared. */
  pairableValueCount: number;
  pairableUnitCount: number;
}

/**
 * Krippendorff's alpha from reliability data: one row per coder, one column per unit, null where a
 * coder left a unit uncoded. Uses the coincidence-matrix formulation (Krippendorff 2011, "Computing
 * Krippendorff's alpha-reliability"). Values may be strings for the nominal metric; the ordinal,
 * interval and ratio metrics need numbers. Cost is O(coded values + V²) for V distinct values.
 */
export function computeKrippendorffAlpha(
  reliabilityData: ReadonlyArray<ReadonlyArray<AlphaValue | null>>,
  options: { metric: AlphaMetric },
): AgreementFigure<KrippendorffAlphaDetail> {
  const coderCount = reliabilityData.length;
  if (coderCount < 2) return notComputable(`There are ${coderCount} coder(s); agreement needs at least 2`);
  const unitCount = reliabilityData[0]?.length ?? 0;
  const ragged = reliabilityData.findIndex((row) => row.length !== unitCount);
  if (ragged >= 0) {
    const length = reliabilityData[ragged]?.length;
    return notComputable(`Coder ${ragged + 1} has ${length} units and coder 1 has ${unitCount}`);
  }

  const values: AlphaValue[] = [];
  const valueIndex = new Map<AlphaValue, number>();
  for (const row of reliabilityData) {
    for (const value of row) {
      if (value === null || valueIndex.has(value)) continue;
      if (options.metric !== "nominal" && (typeof value !== "number" || !Number.isFinite(value))) {
        return notComputable(`The ${options.metric} metric needs numbers; "${String(value)}" is not one`);
      }
      valueIndex.set(value, values.length);
      values.push(value);
    }
  }

  // Coincidences: each ordered pair of values within a unit counts 1 / (m_u − 1).
  const valueCount = values.length;
  const coincidences = new Float64Array(valueCount * valueCount);
  const unitValues: number[] = [];
  let pairableUnitCount = 0;
  for (let unit = 0; unit < unitCount; unit++) {
    unitValues.length = 0;
    for (const row of reliabilityData) {
      const value = row[unit];
      if (value !== null && value !== undefined) unitValues.push(valueIndex.get(value) ?? 0);
    }
    if (unitValues.length < 2) continue;
    pairableUnitCount++;
    const weight = 1 / (unitValues.length - 1);
    for (let i = 0; i < unitValues.length; i++) {
      for (let j = 0; j < unitValues.length; j++) {
        if (i === j) continue;
        const cell = (unitValues[i] ?? 0) * valueCount + (unitValues[j] ?? 0);
        coincidences[cell] = (coincidences[cell] ?? 0) + weight;
      }
    }
  }

  const marginals = new Float64Array(valueCount);
  for (let c = 0; c < valueCount; c++) {
    let total = 0;
    for (let k = 0; k < valueCount; k++) total += coincidences[c * valueCount + k] ?? 0;
    marginals[c] = total;
  }
  const pairableValueCount = marginals.reduce((sum, count) => sum + count, 0);
  if (pairableUnitCount === 0) return notComputable("No unit was coded by at least two coders");

  const distance = squaredDistance(options.metric, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < valueCount; c++) {
    for (let k = 0; k < valueCount; k++) {
      const delta = distance(c, k);
      observed += (coincidences[c * valueCount + k] ?? 0) * delta;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * delta;
    }
  }
  const observedDisagreement = observed / pairableValueCount;
  const expectedDisagreement = expected / (pairableValueCount * (pairableValueCount - 1));
  if (expectedDisagreement === 0) {
    return notComputable("All pairable values are the same, so expected disagreement is 0");
  }
  return computedFigure(1 - observedDisagreement / expectedDisagreement, {
    observedDisagreement,
    expectedDisagreement,
    pairableValueCount,
    pairableUnitCount,
  });
}

/** δ²(c, k) by metric, over value indices; `marginals` are the coincidence marginals n_c. */
function squaredDistance(
  metric: AlphaMetric,
  values: readonly AlphaValue[],
  marginals: Float64Array,
): (c: number, k: number) => number {
  const numbers = values.map(Number);
  switch (metric) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "interval":
      return (c, k) => ((numbers[c] ?? 0) - (numbers[k] ?? 0)) ** 2;
    case "ratio":
      return (c, k) => {
        const sum = (numbers[c] ?? 0) + (numbers[k] ?? 0);
        return sum === 0 ? 0 : (((numbers[c] ?? 0) - (numbers[k] ?? 0)) / sum) ** 2;
      };
    case "ordinal": {
      // δ²(c, k) = (Σ_{g from c to k} n_g − (n_c + n_k) / 2)², over values in rank order.
      const byRank = numbers.map((_, index) => index).sort((a, b) => (numbers[a] ?? 0) - (numbers[b] ?? 0));
      const rankOf = new Int32Array(numbers.length);
      const cumulative = new Float64Array(numbers.length + 1);
      byRank.forEach((index, rank) => {
        rankOf[index] = rank;
        cumulative[rank + 1] = (cumulative[rank] ?? 0) + (marginals[index] ?? 0);
      });
      return (c, k) => {
        const low = Math.min(rankOf[c] ?? 0, rankOf[k] ?? 0);
        const high = Math.max(rankOf[c] ?? 0, rankOf[k] ?? 0);
        const between = (cumulative[high + 1] ?? 0) - (cumulative[low] ?? 0);
        return (between - ((marginals[c] ?? 0) + (marginals[k] ?? 0)) / 2) ** 2;
      };
    }
  }
}
