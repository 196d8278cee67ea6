import * as Plot from "@observablehq/plot";
import type { PlotSpec } from "./chart-card";
import type { CoverageView } from "./insights-types";
import { truncate } from "./truncate";

export interface Cell {
  row: string;
  column: string;
  count: number;
}

export const rowHeight = 26;
/** About what a character of an 11 px label takes. */
export const charWidth = 6;
const rowLabelChars = 48;
const columnLabelChars = 28;

/** Margins that fit the (truncated) row and column labels; long column labels are slanted. */
function cellFrame(rowLabels: string[], columnLabels: string[], top: number) {
  const longest = (labels: string[], max: number) => Math.min(max, Math.max(1, ...labels.map((label) => [...label].length)));
  const columnChars = longest(columnLabels, columnLabelChars);
  const slanted = columnChars > 6;
  const marginLeft = 40 + longest(rowLabels, rowLabelChars) * charWidth;
  const marginBottom = 40 + (slanted ? Math.round(columnChars * charWidth * 0.6) : 0);
  return {
    marginTop: top,
    marginLeft,
    marginBottom,
    height: top + marginBottom + rowLabels.length * rowHeight,
    tickRotate: slanted ? -35 : 0,
    padding: 0.04,
  };
}

export type CoverageAxis = "byLanguage" | "bySource";

/** Claims with a document to count on this axis, most documents first (the view's order). */
export const coveredClaims = (view: CoverageView, axis: CoverageAxis) =>
  view.claims.filter((claim) => Object.values(claim[axis]).some((count) => count > 0));

/**
 * Claims × languages or claims × sources: how many documents with claim spans each has. With a
 * `limit`, only that many claims, those in most documents, and the columns they have counts in.
 */
export function coverageSpec(view: CoverageView, axis: CoverageAxis, limit = Number.POSITIVE_INFINITY): PlotSpec | null {
  const claims = coveredClaims(view, axis).slice(0, limit);
  const counted = new Set(claims.flatMap((claim) => Object.keys(claim[axis]).filter((column) => (claim[axis][column] ?? 0) > 0)));
  const columns = (axis === "byLanguage" ? view.languages : view.sources).filter((column) => counted.has(column));
  if (claims.length === 0 || columns.length === 0) return null;
  const statements = new Map(claims.map((claim) => [String(claim.claimId), claim.statement]));
  const rows = [...statements.keys()];
  const cells: Cell[] = claims.flatMap((claim) =>
    Object.entries(claim[axis])
      .filter(([, count]) => count > 0)
      .map(([column, count]) => ({ row: String(claim.claimId), column, count })),
  );
  const rowLabel = (key: string) => statements.get(key) ?? key;
  const max = Math.max(1, ...cells.map((cell) => cell.count));
  const { tickRotate, ...frame } = cellFrame(rows.map(rowLabel), columns, 10);
  return (width) => ({
    width,
    ...frame,
    x: { domain: columns, tickFormat: (key: string) => truncate(key, columnLabelChars), tickRotate, label: axis === "byLanguage" ? "Language" : "Source" },
    y: { domain: rows, tickFormat: (key: string) => truncate(rowLabel(key), rowLabelChars), label: null },
    color: { type: "sqrt", scheme: "blues", domain: [0, max] },
    marks: [
      Plot.cell(cells, {
        x: "column",
        y: "row",
        fill: "count",
        inset: 0.5,
        tip: true,
        title: (cell: Cell) => `${rowLabel(cell.row)}\n${cell.column}: ${cell.count} document(s)`,
      }),
      Plot.text(cells, { x: "column", y: "row", text: "count", fontSize: 11, fill: (cell: Cell) => (cell.count > max * 0.55 ? "white" : "#0f172a") }),
    ],
  });
}
