"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { UndatedReason } from "@/lib/domain/insights/insight-periods";
import { ChartCard } from "./chart-card";
import { ShowAllToggle } from "./show-all-toggle";
import type { InsightsParams } from "./insights-params";
import type { StanceView } from "./insights-types";
import { chartedClaims, stanceSpec } from "./stance-spec";
import { exportUrl } from "./use-insights";
import { ViewState } from "./view-state";

/** Panels drawn until asked for all: a few hundred claims would make a chart tens of thousands of pixels tall. */
const topClaims = 12;
/** Undated articles listed until asked for all. */
const topUndated = 20;

const reasonLabels: Record<UndatedReason, string> = {
  missing: "no date",
  year_only: "year only",
  month_only: "month only (no week)",
};

export function StanceSection({
  projectId,
  params,
  view,
  isPending,
  error,
}: {
  projectId: number;
  params: InsightsParams;
  view: StanceView | undefined;
  isPending: boolean;
  error: Error | null;
}) {
  const [showAll, setShowAll] = useState(false);
  const limit = showAll ? Number.POSITIVE_INFINITY : topClaims;
  const spec = useMemo(() => (view ? stanceSpec(view, params.measure, limit) : null), [view, params.measure, limit]);
  const charted = useMemo(() => (view ? chartedClaims(view, params.measure).length : 0), [view, params.measure]);
  return (
    <ChartCard
      id="stance"
      title="Stance over time"
      description={
        <>
          {params.measure === "spans" ? "Claim spans" : "Documents with a document-level stance"} per{" "}
          {params.interval} and stance, one panel per claim, the claims with most first; the line is the net stance
          (favor − against).
        </>
      }
      fileName={`project-${projectId}-stance-over-time`}
      spec={spec}
      dataLinks={[{ label: "CSV", href: exportUrl(projectId, params, "stance", "csv") }]}
      status={<ViewState isPending={isPending} error={error} empty={view !== undefined && charted === 0} emptyText="Nothing dated matches this filter." />}
      footer={
        view && (
          <>
            <ShowAllToggle total={charted} top={topClaims} noun="claims" chart="Stance over time" showAll={showAll} onChange={setShowAll} />
            <UndatedDocuments projectId={projectId} view={view} />
          </>
        )
      }
    />
  );
}

/** Articles without a period for this interval cannot sit on the time axis; they are listed here. */
function UndatedDocuments({ projectId, view }: { projectId: number; view: StanceView }) {
  const [showAll, setShowAll] = useState(false);
  if (view.undatedDocumentCount === 0) return null;
  const listed = showAll ? view.undatedDocuments : view.undatedDocuments.slice(0, topUndated);
  return (
    <section aria-labelledby="undated-heading" className="mt-6 border-t border-slate-100 pt-4">
      <h4 id="undated-heading" className="text-sm font-semibold">
        Undated articles <span className="font-normal text-slate-500">({view.undatedDocumentCount})</span>
      </h4>
      <p className="text-xs text-slate-500">
        Their date is missing or too coarse for a {view.interval}, so the chart above leaves them out.
      </p>
      <ul className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {listed.map((document) => (
          <li key={document.id}>
            <Link href={`/projects/${projectId}/documents/${document.id}`} className="text-indigo-700 hover:text-indigo-900 hover:underline">
              {document.title}
            </Link>{" "}
            <span className="text-xs text-slate-500">
              ({reasonLabels[document.reason]}{document.publishedAt ? `: ${document.publishedAt}` : ""})
            </span>
          </li>
        ))}
      </ul>
      <ShowAllToggle total={view.undatedDocuments.length} top={topUndated} noun="articles" chart="Undated articles"
        showAll={showAll} onChange={setShowAll} />
      {view.undatedDocumentCount > view.undatedDocuments.length && (
        <p className="mt-1 text-xs text-slate-500">The first {view.undatedDocuments.length} are listed.</p>
      )}
    </section>
  );
}
