"use client";

import { useMemo } from "react";
import { ChartCard } from "./chart-card";
import { coverageSpec } from "./heatmap-specs";
import type { InsightsParams } from "./insights-params";
import type { CoverageView } from "./insights-types";
import { exportUrl } from "./use-insights";
import { ViewState } from "./view-state";

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
  const byLanguage = useMemo(() => (view ? coverageSpec(view, "byLanguage") : null), [view]);
  const bySource = useMemo(() => (view ? coverageSpec(view, "bySource") : null), [view]);
  const csv = [{ label: "CSV", href: exportUrl(projectId, params, "coverage", "csv") }];
  const status = (spec: unknown) => (
    <ViewState isPending={isPending} error={error} empty={view !== undefined && spec === null} emptyText="No document with claim spans matches this filter." />
  );
  return (
    <div className="grid gap-6 2xl:grid-cols-2">
      <ChartCard id="coverage-language" title="Coverage by language" description="Documents with a claim span on each claim, by language."
        fileName={`project-${projectId}-coverage-language`} spec={byLanguage} dataLinks={csv} status={status(byLanguage)} />
      <ChartCard id="coverage-source" title="Coverage by source" description="Documents with a claim span on each claim, by the site they came from."
        fileName={`project-${projectId}-coverage-source`} spec={bySource} dataLinks={csv} status={status(bySource)} />
    </div>
  );
}
