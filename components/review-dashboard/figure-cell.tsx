import type { FigureView } from "@/lib/server/agreement/agreement-report";
import { explainFigure, formatFigure } from "./format-figure";

/** A table cell with a figure; a missing one carries its reason as visible small print. */
export function FigureCell({ figure }: { figure: FigureView | undefined }) {
  const explanation = figure?.value === null ? explainFigure(figure) : "";
  return (
    <td className="px-4 py-2 align-top tabular-nums">
      {formatFigure(figure)}
      {explanation && <span className="block max-w-56 text-xs text-amber-700">{explanation}</span>}
    </td>
  );
}
