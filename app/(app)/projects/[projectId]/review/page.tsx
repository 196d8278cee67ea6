import type { Metadata } from "next";
import { DisagreementTable } from "@/components/review-dashboard/disagreement-table";
import { FigureCard } from "@/components/review-dashboard/figure-card";
import { LabelAgreementTable } from "@/components/review-dashboard/label-agreement-table";
import { PairHeatmap } from "@/components/review-dashboard/pair-heatmap";
import { computeProjectAgreement } from "@/lib/server/agreement/compute-project-agreement";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";

export const metadata: Metadata = { title: "Review" };

const rankedDocumentLimit = 50;

/** Reviewers' dashboard: how well annotators agree, and where to look first. */
export default async function ReviewPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId: rawId } = await params;
  const { projectId, report } = await orNotFound(async () => {
    const id = parseId(rawId, "Project");
    return { projectId: id, report: await computeProjectAgreement({ caller, projectId: id }) };
  });
  const { entities, claims, documentStance, progress } = report;
  const api = `/api/projects/${projectId}/agreement`;
  const cards = [
    { title: "Entity span F1 (exact)", figure: entities.spanF1.exact },
    { title: "Entity span F1 (overlap)", figure: entities.spanF1.overlap },
    { title: "Entity unitizing α", figure: entities.unitizingAlpha },
    { title: "Claim span F1 (exact)", figure: claims.spanF1.exact },
    { title: "Claim span F1 (overlap)", figure: claims.spanF1.overlap },
    { title: "Claim unitizing α", figure: claims.unitizingAlpha },
    { title: "Claim stance α", figure: claims.stance.krippendorffAlpha, detail: `${claims.stance.units} claim positions` },
    { title: "Claim stance Fleiss' κ", figure: claims.stance.fleissKappa, detail: "Positions every annotator rated" },
    ...(claims.stance.cohenKappa ? [{ title: "Claim stance Cohen's κ", figure: claims.stance.cohenKappa }] : []),
    { title: "Document stance α", figure: documentStance.krippendorffAlpha, detail: `${documentStance.units} document–claim pairs` },
  ];

  return (
    <div className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-lg font-semibold">Agreement</h2>
          <p className="text-sm text-slate-600">
            Over the {report.documents} document(s) at least two annotators submitted. F1 is pooled over each pair&apos;s
            shared documents, then averaged over pairs.
          </p>
        </div>
        <nav aria-label="Downloads" className="flex gap-3 text-sm">
          <a href={`${api}?format=csv`} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
            Download CSV
          </a>
          <a href={api} download={`project-${projectId}-agreement.json`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
            Download JSON
          </a>
        </nav>
      </div>

      <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h3 id="progress-heading" className="text-sm text-slate-600">Progress</h3>
        <p className="mt-1 text-slate-900">
          <span className="text-2xl font-semibold tabular-nums">{progress.complete}</span> of{" "}
          <span className="tabular-nums">{progress.total}</span> documents have {progress.requiredSubmissions} or more
          submissions
        </p>
        <progress
          className="mt-2 h-2 w-full"
          value={progress.complete}
          max={Math.max(progress.total, 1)}
          aria-labelledby="progress-heading"
        />
      </section>

      <section aria-label="Headline figures" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <FigureCard key={card.title} {...card} />
        ))}
      </section>

      <section aria-labelledby="labels-heading" className="space-y-3">
        <h3 id="labels-heading" className="text-base font-semibold">Agreement per entity type</h3>
        <LabelAgreementTable byLabel={entities.byLabel} />
      </section>

      <section aria-labelledby="pairs-heading" className="space-y-3">
        <h3 id="pairs-heading" className="text-base font-semibold">Annotator pairs</h3>
        <div className="grid gap-4 lg:grid-cols-2">
          <PairHeatmap caption="Entity span F1 (overlap)" pairs={report.pairs} figureOf={(pair) => pair.entitiesF1.overlap} />
          <PairHeatmap caption="Claim span F1 (overlap)" pairs={report.pairs} figureOf={(pair) => pair.claimsF1.overlap} />
        </div>
      </section>

      <section aria-labelledby="documents-heading" className="space-y-3">
        <h3 id="documents-heading" className="text-base font-semibold">Documents by disagreement</h3>
        <DisagreementTable documents={report.perDocument} limit={rankedDocumentLimit} />
      </section>
    </div>
  );
}
