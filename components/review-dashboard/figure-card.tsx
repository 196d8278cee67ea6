import type { FigureView } from "@/lib/server/agreement/agreement-report";
import { explainFigure, formatFigure } from "./format-figure";

/** One headline figure; a missing one shows why instead of a number. */
export function FigureCard({ title, figure, detail }: { title: string; figure: FigureView; detail?: string }) {
  const explanation = explainFigure(figure);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="text-sm text-slate-600">{title}</h3>
      <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{formatFigure(figure)}</p>
      {detail && <p className="mt-1 text-xs text-slate-500">{detail}</p>}
      {explanation && (
        <p className={`mt-1 text-xs ${figure.value === null ? "font-medium text-amber-700" : "text-slate-500"}`}>
          {explanation}
        </p>
      )}
    </div>
  );
}
