import * as Plot from "@observablehq/plot";
import type { PlotSpec } from "./chart-card";
import type { CoverageView, NetworkView, StanceLegendItem } from "./insights-types";
import { legendHeight, legendMarks } from "./plot-legend";
import { truncate } from "./truncate";

interface Cell {
  row: string;
  column: string;
  count: number;
}

const rowHeight = 26;
const charWidth = 6;
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

interface PairCell extends Cell {
  dominant: string;
}

/** The network's claimants, most spans first (the view's order). */
export const heatmapClaimants = (view: NetworkView) => view.nodes.filter((node) => node.kind === "claimant");

/**
 * Claimants × claims: cells coloured by the dominant stance, stronger where there is more evidence.
 * With a `limit`, only that many claimants, those with most spans, and the claims they make.
 */
export function claimantHeatmapSpec(view: NetworkView, stances: StanceLegendItem[], limit = Number.POSITIVE_INFINITY): PlotSpec | null {
  if (view.edges.length === 0) return null;
  const labels = new Map(view.nodes.map((node) => [node.id, node.label]));
  const label = (key: string) => labels.get(key) ?? key;
  const rows = heatmapClaimants(view).slice(0, limit).map((node) => node.id);
  const shown = new Set(rows);
  const edges = view.edges.filter((edge) => shown.has(edge.source));
  const claimed = new Set(edges.map((edge) => edge.target));
  const columns = view.nodes.filter((node) => node.kind === "claim" && claimed.has(node.id)).map((node) => node.id);
  const names = new Map(stances.map((stance) => [stance.key, stance.name]));
  const cells: PairCell[] = edges.map((edge) => ({
    row: edge.source,
    column: edge.target,
    count: edge.count,
    dominant: edge.dominant === null ? "none" : (names.get(edge.dominant) ?? edge.dominant),
  }));
  const max = Math.max(1, ...cells.map((cell) => cell.count));
  const { tickRotate, ...frame } = cellFrame(rows.map(label), columns.map(label), 10 + legendHeight);
  return (width) => ({
    width,
    ...frame,
    x: { domain: columns, tickFormat: (key: string) => truncate(label(key), columnLabelChars), tickRotate, label: "Claim" },
    y: { domain: rows, tickFormat: (key: string) => truncate(label(key), rowLabelChars), label: null },
    color: { domain: stances.map((stance) => stance.name), range: stances.map((stance) => stance.color) },
    opacity: { type: "linear", domain: [0, max], range: [0.25, 1] },
    marks: [
      Plot.cell(cells, {
        x: "column",
        y: "row",
        fill: "dominant",
        fillOpacity: "count",
        inset: 0.5,
        tip: true,
        title: (cell: PairCell) => `${label(cell.row)} → ${label(cell.column)}\n${cell.count} span(s), mostly ${cell.dominant}`,
      }),
      Plot.text(cells, { x: "column", y: "row", text: "count", fontSize: 11, fill: "#0f172a" }),
      ...legendMarks(stances.map((stance) => ({ label: stance.name, color: stance.color })), frame.marginTop),
    ],
  });
}
