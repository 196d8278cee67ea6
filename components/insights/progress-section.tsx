"use client";

import { useMemo } from "react";
import { ChartCard } from "./chart-card";
import { agreementSpec, annotatorColors, submissionsSpec } from "./progress-specs";
import { progressExportUrl, useProgressView } from "./use-insights";
import { ViewState } from "./view-state";

function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = seconds / 60;
  return minutes < 60 ? `${minutes.toFixed(1)} min` : `${(minutes / 60).toFixed(1)} h`;
}

/** Managers' view of the team: who submits how much, how fast, and how well they agree. */
export function ProgressSection({ projectId }: { projectId: number }) {
  const progress = useProgressView(projectId, true);
  const view = progress.data;
  const colors = useMemo(() => (view ? annotatorColors(view) : new Map<number, string>()), [view]);
  const submissions = useMemo(() => (view ? submissionsSpec(view, colors) : null), [view, colors]);
  const agreement = useMemo(() => (view ? agreementSpec(view, colors) : null), [view, colors]);
  const dataLinks = [{ label: "CSV", href: progressExportUrl(projectId) }];
  const state = (spec: unknown, emptyText: string) => (
    <ViewState isPending={progress.isPending} error={progress.error} empty={view !== undefined && spec === null} emptyText={emptyText} />
  );

  return (
    <section aria-labelledby="team-heading" className="space-y-4">
      <div>
        <h2 id="team-heading" className="text-lg font-semibold">Team progress</h2>
        <p className="text-sm text-slate-600">Not narrowed by the filters above; times run from opening an assignment to submitting it.</p>
      </div>
      {view && (
        <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
          <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="text-sm text-slate-600">Submissions still needed</h3>
            <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{view.queueRemaining.toLocaleString()}</p>
            <p className="mt-1 text-xs text-slate-500">for every document to reach its number of annotators</p>
          </div>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <caption className="sr-only">Annotators</caption>
              <thead className="bg-slate-50 text-left text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Annotator</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Submitted</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Median time per document</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Latest weekly F1 vs gold</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.annotators.map((annotator) => {
                  const submitted = Object.values(annotator.submittedPerDay).reduce((sum, count) => sum + count, 0);
                  const latest = annotator.agreementOverTime.findLast((point) => point.f1 !== null)?.f1 ?? null;
                  return (
                    <tr key={annotator.userId}>
                      <th scope="row" className="px-4 py-2 text-left font-medium">
                        <span aria-hidden="true" className="mr-2 inline-block size-2.5 rounded-sm" style={{ backgroundColor: colors.get(annotator.userId) }} />
                        {annotator.name} <span className="font-normal text-slate-500">{annotator.email}</span>
                      </th>
                      <td className="px-4 py-2 text-right tabular-nums">{submitted}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{formatDuration(annotator.medianSecondsPerDocument)}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{latest === null ? "—" : latest.toFixed(2)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <div className="grid gap-6 2xl:grid-cols-2">
        <ChartCard id="submissions" title="Submissions per day" fileName={`project-${projectId}-submissions`} spec={submissions} dataLinks={dataLinks}
          status={state(submissions, "Nobody has submitted a document yet.")} />
        <ChartCard id="agreement-over-time" title="Agreement over time" description="Each annotator's exact span F1 against the gold set, per week of submission, over adjudicated documents."
          fileName={`project-${projectId}-agreement-over-time`} spec={agreement} dataLinks={dataLinks}
          status={state(agreement, "No submitted document has been adjudicated yet.")} />
      </div>
    </section>
  );
}
