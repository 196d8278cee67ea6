import type { Metadata } from "next";
import { Suspense } from "react";
import { readInsightsParams } from "@/components/insights/insights-params";
import { initialViewUrls } from "@/components/insights/insights-urls";
import { InsightsView } from "@/components/insights/insights-view";
import { listClaims } from "@/lib/server/catalog/list-claims";
import { listDocumentLanguages } from "@/lib/server/documents/list-document-languages";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { requireInsightsAccess } from "@/lib/server/insights/require-insights-access";
import { getLabelSchema } from "@/lib/server/label-schema/get-label-schema";

export const metadata: Metadata = { title: "Insights" };

/** Stance over time, who claims what, coverage and, for managers, the team's progress. */
export default async function InsightsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await requirePageCaller();
  const { projectId: rawId } = await params;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of typeof value === "string" ? [value] : (value ?? [])) search.append(key, item);
  }
  const { projectId, isManager, claims, languages, schema } = await orNotFound(async () => {
    const id = parseId(rawId, "Project");
    const { access } = await requireInsightsAccess(caller, id);
    const [claims, languages, schema] = await Promise.all([
      listClaims({ caller, projectId: id }),
      listDocumentLanguages({ caller, projectId: id }),
      getLabelSchema({ caller, projectId: id }),
    ]);
    return { projectId: id, isManager: access.has("manager"), claims, languages, schema };
  });

  return (
    <div className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      {/* The views start loading with the page, not after its script has run; the page's own
          requests, the same URLs, then take these answers. */}
      {initialViewUrls(projectId, readInsightsParams(search), isManager).map((href) => (
        <link key={href} rel="preload" as="fetch" crossOrigin="anonymous" href={href} />
      ))}
      <div>
        <h2 className="text-lg font-semibold">Insights</h2>
        <p className="text-sm text-slate-600">
          What the annotations say: stances toward each claim over time, who makes which claim, and where the evidence
          comes from. The filters are part of the address, so a link shares this exact view.
        </p>
      </div>
      {/* useSearchParams needs a boundary; the filters are read in the browser. */}
      <Suspense fallback={<p className="text-slate-600">Loading insights…</p>}>
        <InsightsView
          projectId={projectId}
          claims={claims.map((claim) => ({ value: String(claim.id), label: claim.statement }))}
          languages={languages}
          stances={schema.stanceLabels.map(({ key, name, color }) => ({ key, name, color }))}
          showProgress={isManager}
        />
      </Suspense>
    </div>
  );
}
