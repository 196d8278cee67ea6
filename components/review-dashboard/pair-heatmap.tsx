import type { AnnotatorRef, FigureView, PairAgreement } from "@/lib/server/agreement/agreement-report";
import { explainFigure, formatFigure } from "./format-figure";

/**
 * Pairwise F1 as a table of annotator × annotator, shaded by value (darker is higher). The numbers
 * stay visible, so the shading only helps the eye and nothing depends on colour.
 */
export function PairHeatmap({
  caption,
  pairs,
  figureOf,
}: {
  caption: string;
  pairs: PairAgreement[];
  figureOf: (pair: PairAgreement) => FigureView;
}) {
  const annotators = new Map<number, AnnotatorRef>();
  for (const pair of pairs) annotators.set(pair.a.id, pair.a).set(pair.b.id, pair.b);
  const people = [...annotators.values()].sort((a, b) => a.id - b.id);
  const byPair = new Map(pairs.map((pair) => [`${pair.a.id}:${pair.b.id}`, pair]));
  const pairOf = (x: number, y: number) => byPair.get(`${x}:${y}`) ?? byPair.get(`${y}:${x}`);
  if (people.length === 0) return <p className="text-sm text-slate-600">No two annotators submitted the same document yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="text-sm">
        <caption className="px-4 py-2 text-left font-medium text-slate-700">{caption}</caption>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <td className="px-3 py-2" />
            {people.map((person) => (
              <th key={person.id} scope="col" className="px-3 py-2 font-medium">{person.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="bg-slate-50 px-3 py-2 text-left text-xs font-medium text-slate-600">{row.name}</th>
              {people.map((column) => {
                const pair = row.id === column.id ? undefined : pairOf(row.id, column.id);
                const figure = pair && figureOf(pair);
                const value = figure?.value ?? null;
                const title = pair ? `${pair.documents} shared document(s). ${explainFigure(figure)}`.trim() : undefined;
                return (
                  <td
                    key={column.id}
                    title={title}
                    className="min-w-20 border border-white px-3 py-2 text-center tabular-nums text-slate-900"
                    style={value === null ? undefined : { backgroundColor: `rgba(79, 70, 229, ${0.08 + 0.5 * value})` }}
                  >
                    {row.id === column.id ? (
                      <>
                        <span aria-hidden="true">·</span>
                        <span className="sr-only">same annotator</span>
                      </>
                    ) : pair ? (
                      formatFigure(figure)
                    ) : (
                      "no shared documents"
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
