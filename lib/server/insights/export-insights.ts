import "server-only";
import { coverageViewCsv, networkViewCsv, progressViewCsv, stanceViewCsv } from "@/lib/domain/insights/insights-csv";
import type { InsightInterval } from "@/lib/domain/insights/insight-periods";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { networkViewGraphml } from "@/lib/domain/insights/network-graphml";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { getCoverageInsights } from "./get-coverage-insights";
import { getNetworkInsights } from "./get-network-insights";
import { getProgressInsights } from "./get-progress-insights";
import { getStanceInsights } from "./get-stance-insights";

export const insightsExportViews = ["stance", "network", "coverage", "progress"] as const;
export type InsightsExportView = (typeof insightsExportViews)[number];

export const insightsExportFormats = ["csv", "graphml"] as const;
export type InsightsExportFormat = (typeof insightsExportFormats)[number];

export interface InsightsExport {
  fileName: string;
  contentType: string;
  body: string;
}

const csv = "text/csv; charset=utf-8";

/**
 * A view as a file: CSV of any view (cells neutralized against spreadsheet formulas), GraphML of
 * the network. Each view is small next to the spans it counts, so the file is built whole. Team
 * progress is for managers, and the filter does not narrow it (as on the page).
 */
export async function exportInsights(options: {
  caller: Caller;
  projectId: number;
  view: InsightsExportView;
  format: InsightsExportFormat;
  interval: InsightInterval;
  filter: InsightsFilter;
}): Promise<InsightsExport> {
  const { caller, projectId, view, format, interval, filter } = options;
  if (format === "graphml" && view !== "network") throw new AppError("bad_request", "GraphML holds the network view only; use format=csv");
  const fileName = (extension: string) => `project-${projectId}-${view}.${extension}`;
  if (view === "network") {
    const network = await getNetworkInsights({ caller, projectId, filter });
    return format === "graphml"
      ? { fileName: fileName("graphml"), contentType: "application/graphml+xml; charset=utf-8", body: networkViewGraphml(network) }
      : { fileName: fileName("csv"), contentType: csv, body: networkViewCsv(network) };
  }
  if (view === "progress") {
    return { fileName: fileName("csv"), contentType: csv, body: progressViewCsv(await getProgressInsights({ caller, projectId })) };
  }
  if (view === "stance") {
    return { fileName: fileName("csv"), contentType: csv, body: stanceViewCsv(await getStanceInsights({ caller, projectId, interval, filter })) };
  }
  return { fileName: fileName("csv"), contentType: csv, body: coverageViewCsv(await getCoverageInsights({ caller, projectId, filter })) };
}
