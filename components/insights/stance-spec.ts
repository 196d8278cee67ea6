import * as Plot from "@observablehq/plot";
import { netStance } from "@/lib/domain/insights/stance-columns";
import type { PlotSpec } from "./chart-card";
import type { StanceMeasure } from "./insights-params";
import type { StanceView } from "./insights-types";
import { legendHeight, legendMarks } from "./plot-legend";
import { truncate } from "./truncate";

interface StanceBar {
  claimId: number;
  period: string;
  stance: string;
  count: number;
}

const facetHeight = 150;
const titleGap = 34;
const netColor = "#0f172a";
const maxTicks = 16;

/** Claims with at least one dated count; the others would draw empty panels. */
export function chartedClaims(view: StanceView, measure: StanceMeasure) {
  return view.claims.filter((claim) =>
    claim.series.some((point) => Object.values(point[measure]).some((count) => count > 0)),
  );
}

/**
 * Stacked bars per period and stance, one panel per claim, with the net stance as a line; with a
 * `limit`, only that many claims, those with the most counts (the view lists them so).
 */
export function stanceSpec(view: StanceView, measure: StanceMeasure, limit = Number.POSITIVE_INFINITY): PlotSpec | null {
  const claims = chartedClaims(view, measure).slice(0, limit);
  if (claims.length === 0) return null;
  const bars: StanceBar[] = [];
  const nets: { claimId: number; period: string; net: number }[] = [];
  for (const claim of claims) {
    for (const point of claim.series) {
      for (const stance of view.stances) {
        const count = point[measure][stance.key] ?? 0;
        if (count > 0) bars.push({ claimId: claim.claimId, period: point.period, stance: stance.name, count });
      }
      nets.push({ claimId: claim.claimId, period: point.period, net: netStance(point[measure]) });
    }
  }
  const statements = new Map(claims.map((claim) => [claim.claimId, claim.statement]));
  const step = Math.ceil(view.periods.length / maxTicks);
  const hasNet = view.stances.some((stance) => stance.key === "favor") && view.stances.some((stance) => stance.key === "against");
  const unit = measure === "spans" ? "Claim spans" : "Documents";

  const marginTop = titleGap + legendHeight;
  return (width) => ({
    width,
    height: claims.length * facetHeight + 60 + legendHeight,
    marginTop,
    marginBottom: 50,
    x: { domain: view.periods, ticks: view.periods.filter((_, index) => index % step === 0), tickRotate: view.periods.length > 8 ? -35 : 0, label: null },
    y: { grid: true, label: unit },
    fy: { domain: claims.map((claim) => claim.claimId), axis: null, padding: (titleGap + 12) / facetHeight },
    color: { domain: view.stances.map((stance) => stance.name), range: view.stances.map((stance) => stance.color) },
    marks: [
      Plot.barY(bars, {
        x: "period",
        y: "count",
        fy: "claimId",
        fill: "stance",
        order: view.stances.map((stance) => stance.name),
        tip: { format: { fy: false } },
      }),
      Plot.ruleY([0], { stroke: "#94a3b8" }),
      ...(hasNet
        ? [Plot.lineY(nets, { x: "period", y: "net", fy: "claimId", stroke: netColor, strokeWidth: 2, marker: "circle-stroke", tip: { format: { fy: false } } })]
        : []),
      Plot.text(claims, {
        fy: "claimId",
        text: (claim: { claimId: number }) => truncate(statements.get(claim.claimId) ?? "", Math.floor(width / 7)),
        frameAnchor: "top-left",
        lineAnchor: "bottom",
        dy: -8,
        fontSize: 12,
        fontWeight: 600,
      }),
      ...legendMarks([
        ...view.stances.map((stance) => ({ label: stance.name, color: stance.color })),
        ...(hasNet ? [{ label: "net (favor − against)", color: netColor, shape: "line" as const }] : []),
      ], marginTop),
    ],
  });
}
