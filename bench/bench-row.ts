/** One line of the benchmark table: a figure and the budget it is read against. */
export interface BenchRow {
  name: string;
  figure: number;
  unit: string;
  budget: string;
}

/** The process's peak resident set so far, in MB. Each bench runs in its own process. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
