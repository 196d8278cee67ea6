import * as Plot from "@observablehq/plot";
import type { PlotSpec } from "./chart-card";
import { type Cell, charWidth, rowHeight } from "./heatmap-specs";
import type { NetworkView, StanceLegendItem } from "./insights-types";
import { legendHeight, legendMarks } from "./plot-legend";
import { truncate } from "./truncate";

interface PairCell extends Cell {
  dominant: string;
}

/** Narrower, a column's count and its upright label no longer fit: the matrix scrolls sideways instead. */
export const minColumnWidth = 22;
const rowLabelChars = 40;
const columnLabelChars = 32;
/** More rows than this and the claims are labelled below the matrix as well as above it. */
const rowsLabelledOnce = 30;

/** The network's claimants, most spans first (the view's order). */
export const heatmapClaimants = (view: NetworkView) => view.nodes.filter((node) => node.kind === "claimant");

/** The claims that the given claimants make, most of their spans first (ties in the view's order). */
export function heatmapClaims(view: NetworkView, claimants: ReadonlySet<string>): string[] {
  const spans = new Map<string, number>();
  for (const edge of view.edges) if (claimants.has(edge.source)) spans.set(edge.target, (spans.get(edge.target) ?? 0) + edge.count);
  return view.nodes
    .filter((node) => node.kind === "claim" && spans.has(node.id))
    .map((node) => node.id)
    .sort((a, b) => (spans.get(b) ?? 0) - (spans.get(a) ?? 0));
}

export interface HeatmapLimits {
  /** Rows: the claimants with most spans. */
  claimants: number;
  /** Columns: of the claims those claimants make, those with most of their spans. */
  claims: number;
}

const unlimited: HeatmapLimits = { claimants: Number.POSITIVE_INFINITY, claims: Number.POSITIVE_INFINITY };

/**
 * Claimants × claims: cells coloured by the dominant stance, stronger where there is more evidence.
 * Claims are labelled upright above the columns (cut to 32 characters, in full on hover); the
 * columns keep `minColumnWidth`, so a matrix of many claims is wider than the page and scrolls.
 */
export function claimantHeatmapSpec(view: NetworkView, stances: StanceLegendItem[], limits: HeatmapLimits = unlimited): PlotSpec | null {
  if (view.edges.length === 0) return null;
  const labels = new Map(view.nodes.map((node) => [node.id, node.label]));
  const label = (key: string) => labels.get(key) ?? key;
  const rows = heatmapClaimants(view).slice(0, limits.claimants).map((node) => node.id);
  const columns = heatmapClaims(view, new Set(rows)).slice(0, limits.claims);
  const shownRows = new Set(rows);
  const shownColumns = new Set(columns);
  const names = new Map(stances.map((stance) => [stance.key, stance.name]));
  const cells: PairCell[] = view.edges
    .filter((edge) => shownRows.has(edge.source) && shownColumns.has(edge.target))
    .map((edge) => ({
      row: edge.source,
      column: edge.target,
      count: edge.count,
      dominant: edge.dominant === null ? "none" : (names.get(edge.dominant) ?? edge.dominant),
    }));
  const max = Math.max(1, ...cells.map((cell) => cell.count));
  const longest = (keys: string[], chars: number) => Math.min(chars, Math.max(1, ...keys.map((key) => [...label(key)].length)));
  const columnLabelHeight = 8 + longest(columns, columnLabelChars) * charWidth;
  const labelledBelow = rows.length > rowsLabelledOnce;
  const marginTop = 10 + legendHeight + columnLabelHeight;
  const marginBottom = labelledBelow ? columnLabelHeight : 10;
  const marginLeft = 12 + longest(rows, rowLabelChars) * charWidth;
  const marginRight = 10;
  const columnLabels = (frameAnchor: "top" | "bottom") =>
    Plot.text(columns, {
      x: (key: string) => key,
      frameAnchor,
      dy: frameAnchor === "top" ? -6 : 6,
      rotate: -90,
      textAnchor: frameAnchor === "top" ? "start" : "end",
      text: (key: string) => truncate(label(key), columnLabelChars),
      title: label,
      fontSize: 11,
    });
  return (width) => ({
    width: Math.max(width, marginLeft + marginRight + columns.length * minColumnWidth),
    height: marginTop + marginBottom + rows.length * rowHeight,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    // Plot caps a chart at its box's width, which would shrink the columns back: let it scroll.
    style: { maxWidth: "none" },
    padding: 0.04,
    x: { domain: columns, axis: null },
    y: { domain: rows, axis: null },
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
      columnLabels("top"),
      ...(labelledBelow ? [columnLabels("bottom")] : []),
      Plot.text(rows, {
        y: (key: string) => key,
        frameAnchor: "left",
        dx: -6,
        textAnchor: "end",
        text: (key: string) => truncate(label(key), rowLabelChars),
        title: label,
        fontSize: 11,
      }),
      ...legendMarks(stances.map((stance) => ({ label: stance.name, color: stance.color })), marginTop, "left"),
    ],
  });
}
