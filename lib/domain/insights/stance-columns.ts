/** A stance label of the project, as the views list it. */
export interface StanceColumn {
  key: string;
  name: string;
  color: string;
}

// Stances stored on spans that the schema no longer lists (renamed or dropped since) still count.
const unlistedColor = "#94a3b8";

/** The schema's stances in its order, then any other stance keys seen, alphabetically. */
export function stanceColumns(schema: readonly StanceColumn[], seen: Iterable<string>): StanceColumn[] {
  const listed = new Set(schema.map((stance) => stance.key));
  const others = [...new Set(seen)].filter((key) => !listed.has(key)).sort();
  return [...schema.map(({ key, name, color }) => ({ key, name, color })), ...others.map((key) => ({ key, name: key, color: unlistedColor }))];
}

/** A count per stance key, every column present (zero when none). */
export type StanceCounts = Record<string, number>;

export function zeroCounts(columns: readonly StanceColumn[]): StanceCounts {
  return Object.fromEntries(columns.map((column) => [column.key, 0]));
}

/** The stance with the highest count; ties go to the one listed first. */
export function dominantStance(counts: StanceCounts, columns: readonly StanceColumn[]): string | null {
  let dominant: string | null = null;
  let best = 0;
  for (const { key } of columns) {
    const count = counts[key] ?? 0;
    if (count > best) [dominant, best] = [key, count];
  }
  return dominant;
}

/** favor − against, 0 for a stance the schema lacks. */
export const netStance = (counts: StanceCounts) => (counts.favor ?? 0) - (counts.against ?? 0);
