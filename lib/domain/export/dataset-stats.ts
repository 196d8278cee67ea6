import { datasetSplits, type DatasetSplit } from "./dataset-split";
import type { HuggingFaceRow } from "./huggingface-rows";

export interface SplitStats {
  documents: number;
  tokens: number;
  /** Entity spans per label. */
  entities: Record<string, number>;
  /** Claim spans per stance ("none" when unset). */
  claims: Record<string, number>;
}

export type DatasetStats = Record<DatasetSplit, SplitStats>;

export function createDatasetStats(): DatasetStats {
  const empty = (): SplitStats => ({ documents: 0, tokens: 0, entities: {}, claims: {} });
  return { train: empty(), validation: empty(), test: empty() };
}

/** Counts one row as it streams past, so the dataset card needs no second pass. */
export function countRow(stats: DatasetStats, split: DatasetSplit, row: HuggingFaceRow): void {
  const target = stats[split];
  target.documents++;
  target.tokens += row.tokens.length;
  for (const span of row.spans) target.entities[span.label] = (target.entities[span.label] ?? 0) + 1;
  for (const claim of row.claims) {
    const stance = claim.stance ?? "none";
    target.claims[stance] = (target.claims[stance] ?? 0) + 1;
  }
}

export const splitsOf = (stats: DatasetStats) => datasetSplits.filter((split) => stats[split].documents > 0);
