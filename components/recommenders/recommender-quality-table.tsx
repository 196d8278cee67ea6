import type { QualityFigures } from "@/lib/domain/recommenders/evaluate-recommenders";
import { recommenderNames } from "@/lib/domain/recommenders/recommender-keys";
import type { RecommenderQuality } from "@/lib/server/recommenders/get-recommender-quality";
import { RecommenderSwitch } from "./recommender-switch";

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)} %`);
const cell = "px-3 py-2 text-right tabular-nums";

function GoldCells({ figures }: { figures: QualityFigures }) {
  return (
    <>
      <td className={cell}>{percent(figures.precision)}</td>
      <td className={cell}>{percent(figures.recall)}</td>
      <td className={cell}>{percent(figures.f1)}</td>
    </>
  );
}

/**
 * Each recommender per layer: switched on or off (managers switch it), the share of its
 * suggestions people accepted, and its precision, recall and F1 on the gold set by
 * leave-one-document-out.
 */
export function RecommenderQualityTable({ projectId, items, canManage }: { projectId: number; items: readonly RecommenderQuality[]; canManage: boolean }) {
  return (
    <section aria-labelledby="recommenders-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="recommenders-heading" className="mb-1 text-lg font-semibold tracking-tight">
        Recommenders
      </h2>
      <p className="mb-4 text-sm text-slate-600">
        Accepted: the share of decided suggestions that annotators accepted. Gold: each gold document predicted from the others.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">Recommender</th>
              <th scope="col" className="px-3 py-2 text-left">Layer</th>
              <th scope="col" className="px-3 py-2 text-left">State</th>
              <th scope="col" className={cell}>Accepted / rejected</th>
              <th scope="col" className={cell}>Acceptance precision</th>
              <th scope="col" className={cell}>Gold precision</th>
              <th scope="col" className={cell}>Gold recall</th>
              <th scope="col" className={cell}>Gold F1</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((item) => (
              <tr key={`${item.recommender}:${item.layer}`}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">{recommenderNames[item.recommender]}</th>
                <td className="px-3 py-2 text-slate-700">{item.layer}</td>
                <td className="px-3 py-2 text-slate-700">
                  {canManage ? (
                    <RecommenderSwitch projectId={projectId} label={`${recommenderNames[item.recommender]} on the ${item.layer} layer`}
                      setting={{ recommender: item.recommender, layer: item.layer, enabled: item.enabled }} />
                  ) : item.enabled ? "on" : "off"}
                </td>
                <td className={cell}>{item.accepted} / {item.rejected}</td>
                <td className={cell}>{percent(item.precision)}</td>
                <GoldCells figures={item.gold} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
