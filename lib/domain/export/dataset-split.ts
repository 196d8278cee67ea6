export const datasetSplits = ["train", "validation", "test"] as const;
export type DatasetSplit = (typeof datasetSplits)[number];

export type SplitRatios = Readonly<Record<DatasetSplit, number>>;

export const DEFAULT_SPLIT_RATIOS: SplitRatios = { train: 0.8, validation: 0.1, test: 0.1 };

/** cyrb53: a fast 53-bit string hash, good enough to spread ids evenly (not cryptographic). */
function hash53(value: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The split of one document, from the seed and its id alone: the same seed always gives the
 * same split, documents can be streamed one at a time, and adding documents later never moves
 * the ones already split. The ratios are met in expectation, not exactly.
 */
export function assignSplit(documentId: number | string, seed: string, ratios: SplitRatios = DEFAULT_SPLIT_RATIOS): DatasetSplit {
  const total = ratios.train + ratios.validation + ratios.test;
  if (!(total > 0) || Object.values(ratios).some((ratio) => ratio < 0)) {
    throw new RangeError("split ratios must be non-negative and not all zero");
  }
  const draw = (hash53(`${seed}\u0000${documentId}`) / 2 ** 53) * total;
  if (draw < ratios.train) return "train";
  return draw < ratios.train + ratios.validation ? "validation" : "test";
}
