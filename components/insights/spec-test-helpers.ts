import type * as Plot from "@observablehq/plot";
import type { PlotSpec } from "./chart-card";

/** A chart's options at a width, with its marks flattened (legend keys are arrays of marks). */
export function optionsAt(spec: PlotSpec | null, width = 800): Omit<Plot.PlotOptions, "marks"> & { marks: Plot.Mark[] } {
  if (!spec) throw new Error("The spec is null");
  const options = spec(width);
  return { ...options, marks: (options.marks ?? []).flat(Infinity as 1) as Plot.Mark[] };
}

/** What a mark draws: the data it was given. */
export const dataOf = (mark: Plot.Mark | undefined): unknown => (mark as unknown as { data: unknown } | undefined)?.data;
