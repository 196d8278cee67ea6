"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { CoverageSection } from "./coverage-section";
import { type FilterOption, InsightsFilters } from "./insights-filters";
import { type InsightsParams, pageQuery, readInsightsParams, withoutClaimants } from "./insights-params";
import type { StanceLegendItem } from "./insights-types";
import { NetworkSection } from "./network-section";
import { ProgressSection } from "./progress-section";
import { StanceSection } from "./stance-section";
import { useCoverageView, useNetworkView, useStanceView } from "./use-insights";

/** The Insights tab: every view follows the filter in the address, so a link reproduces the page. */
export function InsightsView({
  projectId,
  claims,
  languages,
  stances,
  showProgress,
}: {
  projectId: number;
  claims: FilterOption[];
  languages: string[];
  stances: StanceLegendItem[];
  showProgress: boolean;
}) {
  const search = useSearchParams();
  const params = useMemo(() => readInsightsParams(new URLSearchParams(search.toString())), [search]);
  const valid = !(params.from && params.to && params.from > params.to);

  const update = useCallback(
    (patch: Partial<InsightsParams>) => {
      const next = pageQuery({ ...params, ...patch }).toString();
      // Next.js keeps useSearchParams in step with the History API, without a server round trip.
      window.history.pushState(null, "", next ? `?${next}` : window.location.pathname);
    },
    [params],
  );
  const select = useCallback((selected: string | undefined) => update({ selected }), [update]);

  const stance = useStanceView(projectId, params, valid);
  const network = useNetworkView(projectId, params, valid);
  // Every claimant one may pick, whatever claimants are picked now (the same query when none is).
  const allClaimants = useNetworkView(projectId, withoutClaimants(params), valid);
  const coverage = useCoverageView(projectId, params, valid);
  const claimants = useMemo(
    () =>
      (allClaimants.data?.nodes ?? [])
        .filter((node) => node.kind === "claimant")
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((node) => ({ value: node.id, label: `${node.label} (${node.count})` })),
    [allClaimants.data],
  );

  return (
    <div className="space-y-8">
      <InsightsFilters params={params} onChange={update} claims={claims} claimants={claimants} languages={languages} stances={stances} />
      <StanceSection projectId={projectId} params={params} view={stance.data} isPending={stance.isPending && valid} error={stance.error} />
      <NetworkSection
        projectId={projectId}
        params={params}
        view={network.data}
        stances={stances}
        isPending={network.isPending && valid}
        error={network.error}
        onSelect={select}
      />
      <section aria-labelledby="coverage-heading" className="space-y-3">
        <h2 id="coverage-heading" className="text-lg font-semibold">Coverage</h2>
        <CoverageSection projectId={projectId} params={params} view={coverage.data} isPending={coverage.isPending && valid} error={coverage.error} />
      </section>
      {showProgress && <ProgressSection projectId={projectId} />}
    </div>
  );
}
