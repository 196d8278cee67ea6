"use client";

import { useMemo, useState } from "react";
import { ChartCard } from "./chart-card";
import { coveredClaims, coverageSpec } from "./heatmap-specs";
import type { InsightsParams } from "./insights-params";
import type { CoverageView } from "./insights-types";
import { ShowAllToggle } from "./show-all-toggle";
import { exportUrl } from "./use-insights";
import { ViewState } from "./view-state";

/** Rows drawn until asked for all: a row per claim makes hundreds of claims thousands of pixels tall. */
const topClaims = 20;

/** Where the evidence for each claim comes from: which languages, which sites. */
export function CoverageSection({
  projectId,
  params,
  view,
  isPending,
  error,
}: {
  projectId: number;
  params: InsightsParams;
  view: CoverageView | undefined;
  isPending: boolean;
  error: Error | null;
}) {
  const [showAll, setShowAll] = useState(false);
  const limit = showAll ? Number.POSITIVE_INFINITY : topClaims;
  const byLanguage = useMemo(() => (view ? coverageSpec(view, "byLanguage", limit) : null), [view, limit]);
  const bySource = useMemo(() => (view ? coverageSpec(view, "bySource", limit) : null), [view, limit]);
  const covered = useMemo(() => (view ? coveredClaims(view, "byLanguage").length : 0), [view]);
  const csv = [{ label: "CSV", href: exportUrl(projectId, params, "coverage", "csv") }];
  const status = (spec: unknown) => (
    <ViewState isPending={isPending} error={error} empty={view !== undefined && spec === null} emptyText="No document with claim spans matches this filter." />
  );
  return (
    <>
      <div className="grid gap-6 2xl:grid-cols-2">
        <ChartCard id="coverage-language" title="Coverage by language" description="Documents with a claim span on each claim, by language; the claims in most documents first."
          fileName={`project-${projectId}-coverage-language`} spec={byLanguage} dataLinks={csv} status={status(byLanguage)} />
        <ChartCard id="coverage-source" title="Coverage by source" description="Documents with a claim span on each claim, by the site they came from; the claims in most documents first."
          fileName={`project-${projectId}-coverage-source`} spec={bySource} dataLinks={csv} status={status(bySource)} />
      </div>
      <ShowAllToggle total={covered} top={topClaims} noun="claims" chart="Coverage" showAll={showAll} onChange={setShowAll} />
    </>
  );
}
