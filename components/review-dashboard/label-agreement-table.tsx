import type { AgreementReport } from "@/lib/server/agreement/agreement-report";
import { FigureCell } from "./figure-cell";

/** Entity agreement per entity type. */
export function LabelAgreementTable({ byLabel }: { byLabel: AgreementReport["entities"]["byLabel"] }) {
  const labels = Object.entries(byLabel);
  if (labels.length === 0) return <p className="text-sm text-slate-600">The project has no entity types.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Entity agreement per entity type</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Entity type</th>
            <th scope="col" className="px-4 py-2 font-medium">Span F1 (exact)</th>
            <th scope="col" className="px-4 py-2 font-medium">Span F1 (overlap)</th>
            <th scope="col" className="px-4 py-2 font-medium">
              {/* Upper-cased, α would read as a Latin A. */}
              Unitizing <span className="normal-case">α</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {labels.map(([label, figures]) => (
            <tr key={label}>
              <th scope="row" className="px-4 py-2 align-top font-medium text-slate-900">{label}</th>
              <FigureCell figure={figures.spanF1.exact} />
              <FigureCell figure={figures.spanF1.overlap} />
              <FigureCell figure={figures.unitizingAlpha} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
