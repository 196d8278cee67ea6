import * as Plot from "@observablehq/plot";
import type { PlotSpec } from "./chart-card";
import type { ProgressView } from "./insights-types";
import { legendHeight, legendMarks } from "./plot-legend";

/** One colour per annotator, the same in both charts. */
export function annotatorColors(view: ProgressView): Map<number, string> {
  const scale = Plot.scale({ color: { type: "categorical", scheme: "observable10", domain: view.annotators.map((a) => String(a.userId)) } });
  return new Map(view.annotators.map((annotator) => [annotator.userId, String(scale.apply(String(annotator.userId)))]));
}

const marginTop = 20 + legendHeight;
const dayMs = 86_400_000;
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

function annotatorLegend(view: ProgressView, colors: Map<number, string>, shape: "square" | "line") {
  return legendMarks(
    view.annotators.map((annotator) => ({ label: annotator.name, color: colors.get(annotator.userId) ?? "#64748b", shape })),
    marginTop,
  );
}

/** Documents submitted per day, stacked by annotator. */
export function submissionsSpec(view: ProgressView, colors: Map<number, string>): PlotSpec | null {
  const rows = view.annotators.flatMap((annotator) =>
    Object.entries(annotator.submittedPerDay)
      .filter(([, count]) => count > 0)
      .map(([day, count]) => ({ day: utcDay(day), count, name: annotator.name, color: colors.get(annotator.userId) ?? "#64748b" })),
  );
  if (rows.length === 0) return null;
  const first = view.days[0];
  const last = view.days.at(-1);
  return (width) => ({
    width,
    height: 260 + legendHeight,
    marginTop,
    x: {
      type: "utc",
      label: null,
      // The last day's bar ends a day after it starts.
      ...(first && last ? { domain: [utcDay(first), new Date(utcDay(last).getTime() + dayMs)] } : {}),
      ...(view.days.length <= 14 ? { ticks: "day", tickFormat: "%b %-d" } : {}),
    },
    y: { grid: true, label: "Documents submitted" },
    color: { type: "identity" },
    marks: [
      Plot.rectY(rows, Plot.stackY({ x: "day", interval: "day", y: "count", fill: "color", insetLeft: 1, insetRight: 1, title: (row: (typeof rows)[number]) => `${row.name}: ${row.count}`, tip: true })),
      Plot.ruleY([0]),
      ...annotatorLegend(view, colors, "square"),
    ],
  });
}

/** Each annotator's span F1 against the gold set, per ISO week of submission. */
export function agreementSpec(view: ProgressView, colors: Map<number, string>): PlotSpec | null {
  const rows = view.annotators.flatMap((annotator) =>
    annotator.agreementOverTime
      .filter((point): point is { week: string; f1: number } => point.f1 !== null)
      .map((point) => ({ week: point.week, f1: point.f1, name: annotator.name, color: colors.get(annotator.userId) ?? "#64748b" })),
  );
  if (rows.length === 0) return null;
  const weeks = [...new Set(view.annotators.flatMap((annotator) => annotator.agreementOverTime.map((point) => point.week)))].sort();
  return (width) => ({
    width,
    height: 260 + legendHeight,
    marginTop,
    x: { type: "point", domain: weeks, label: null },
    y: { domain: [0, 1], grid: true, label: "Span F1 vs gold" },
    color: { type: "identity" },
    marks: [
      Plot.lineY(rows, { x: "week", y: "f1", z: "name", stroke: "color", strokeWidth: 2, marker: "circle", tip: true, title: (row: (typeof rows)[number]) => `${row.name}, ${row.week}: ${row.f1.toFixed(2)}` }),
      ...annotatorLegend(view, colors, "line"),
    ],
  });
}
