import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import { filterQuery, type InsightsParams } from "./insights-params";
import type { CoverageView, EvidenceView, NetworkView, ProgressView, StanceView } from "./insights-types";
import { insightsUrl, stanceQuery } from "./insights-urls";

export type InsightsView = "stance" | "network" | "coverage" | "evidence" | "progress";

const insightsKey = (projectId: number, view: InsightsView, query: string) =>
  ["projects", projectId, "insights", view, query] as const;

/**
 * One view of the insights API. A chart keeps its previous answer on screen while a new filter
 * loads; the evidence list does not, as old quotes under a new heading would mislead.
 */
function useInsightsView<T>(projectId: number, view: InsightsView, query: URLSearchParams, enabled: boolean) {
  const search = query.toString();
  return useQuery({
    queryKey: insightsKey(projectId, view, search),
    queryFn: ({ signal }) => apiFetch<T>(insightsUrl(projectId, view, query), { signal }),
    placeholderData: view === "evidence" ? undefined : keepPreviousData,
    enabled,
  });
}

export const useStanceView = (projectId: number, params: InsightsParams, enabled: boolean) =>
  useInsightsView<StanceView>(projectId, "stance", stanceQuery(params), enabled);

export const useNetworkView = (projectId: number, params: InsightsParams, enabled: boolean) =>
  useInsightsView<NetworkView>(projectId, "network", filterQuery(params), enabled);

export const useCoverageView = (projectId: number, params: InsightsParams, enabled: boolean) =>
  useInsightsView<CoverageView>(projectId, "coverage", filterQuery(params), enabled);

export const useProgressView = (projectId: number, enabled: boolean) =>
  useInsightsView<ProgressView>(projectId, "progress", new URLSearchParams(), enabled);

/** The network selection as the evidence route's `claimant`/`claim` pair. */
export interface EvidenceSelection {
  claimant?: string;
  claimId?: number;
}

export function evidenceQuery(params: InsightsParams, selection: EvidenceSelection): URLSearchParams {
  // The selection narrows the list to one node or edge, so it replaces the filter's own choice.
  const query = filterQuery({ ...params, claim: [], claimant: [] });
  if (selection.claimant) query.set("claimant", selection.claimant);
  if (selection.claimId !== undefined) query.set("claim", String(selection.claimId));
  return query;
}

export const useEvidence = (projectId: number, params: InsightsParams, selection: EvidenceSelection | null) =>
  useInsightsView<EvidenceView>(
    projectId,
    "evidence",
    selection ? evidenceQuery(params, selection) : new URLSearchParams(),
    selection !== null,
  );

/** Where the export route serves a view's data file. */
export function exportUrl(projectId: number, params: InsightsParams, view: "stance" | "network" | "coverage", format: "csv" | "graphml") {
  const query = view === "stance" ? stanceQuery(params) : filterQuery(params);
  query.set("view", view);
  query.set("format", format);
  return insightsUrl(projectId, "export", query);
}

/** Where the export route serves team progress as CSV (the filter does not narrow it). */
export const progressExportUrl = (projectId: number) =>
  insightsUrl(projectId, "export", new URLSearchParams({ view: "progress", format: "csv" }));
