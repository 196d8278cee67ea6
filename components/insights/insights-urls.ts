import { filterQuery, type InsightsParams } from "./insights-params";

export function insightsUrl(projectId: number, path: string, query: URLSearchParams): string {
  const search = query.toString();
  return `/api/projects/${projectId}/insights/${path}${search ? `?${search}` : ""}`;
}

export function stanceQuery(params: InsightsParams): URLSearchParams {
  const query = filterQuery(params);
  query.set("interval", params.interval);
  return query;
}

export const stanceUrl = (projectId: number, params: InsightsParams) => insightsUrl(projectId, "stance", stanceQuery(params));
export const networkUrl = (projectId: number, params: InsightsParams) => insightsUrl(projectId, "network", filterQuery(params));
export const coverageUrl = (projectId: number, params: InsightsParams) => insightsUrl(projectId, "coverage", filterQuery(params));
export const progressUrl = (projectId: number) => insightsUrl(projectId, "progress", new URLSearchParams());

/** The views the page asks for on load, as it will ask for them (the same URLs). */
export function initialViewUrls(projectId: number, params: InsightsParams, showProgress: boolean): string[] {
  if (params.from && params.to && params.from > params.to) return showProgress ? [progressUrl(projectId)] : [];
  return [
    stanceUrl(projectId, params),
    networkUrl(projectId, params),
    coverageUrl(projectId, params),
    ...(showProgress ? [progressUrl(projectId)] : []),
  ];
}
