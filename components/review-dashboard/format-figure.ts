import type { FigureView } from "@/lib/server/agreement/agreement-report";

/** Three decimals, the precision agreement figures are usually reported with; "—" when missing. */
export function formatFigure(figure: FigureView | undefined): string {
  return figure?.value === null || figure?.value === undefined ? "—" : figure.value.toFixed(3);
}

/** Why a figure is missing, or what it covers; empty when there is nothing to say. */
export function explainFigure(figure: FigureView | undefined): string {
  if (!figure) return "";
  return figure.value === null ? figure.reason : (figure.note ?? "");
}
