import * as Plot from "@observablehq/plot";

export interface LegendEntry {
  label: string;
  color: string;
  /** A square for bars and cells, a dash for lines. */
  shape?: "square" | "line";
}

// Plot's own legends are HTML beside the SVG; drawn as marks, the key stays in a downloaded chart.
const charWidth = 6.2;
const keyWidth = 15;
const lineKeyWidth = 21;
const entryGap = 14;

/** The top margin a chart with a key needs, above whatever else it puts there. */
export const legendHeight = 24;

/**
 * A one-line key at the top right of the chart (the y-axis label keeps the top left), drawn once
 * over all facets. `marginTop` is the chart's, so the key sits at the top edge. A chart wider than
 * its box (it scrolls) keeps the key at the top left, where it is seen.
 */
export function legendMarks(entries: LegendEntry[], marginTop: number, side: "left" | "right" = "right"): Plot.Markish[] {
  const keyOf = (entry: LegendEntry) => (entry.shape === "line" ? lineKeyWidth : keyWidth);
  const widths = entries.map((entry) => keyOf(entry) + entry.label.length * charWidth + entryGap);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const common = { frameAnchor: side === "right" ? "top-right" : "top-left", dy: 12 - marginTop, facet: "super" } as const;
  let offset = side === "right" ? -total : 0;
  return entries.flatMap((entry, index) => {
    const dx = offset;
    offset += widths[index] ?? 0;
    const key =
      entry.shape === "line"
        ? Plot.text(["—"], { ...common, dx, text: (d: string) => d, fill: entry.color, fontWeight: 700, fontSize: 16, textAnchor: "start" })
        : Plot.dot([entry.label], { ...common, dx: dx + 5, r: 5, symbol: "square", fill: entry.color });
    return [key, Plot.text([entry.label], { ...common, dx: dx + keyOf(entry), text: (d: string) => d, textAnchor: "start", fontSize: 11 })];
  });
}
