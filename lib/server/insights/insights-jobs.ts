import "server-only";
import type { CoverageView } from "@/lib/domain/insights/coverage-view";
import type { InsightInterval } from "@/lib/domain/insights/insight-periods";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import type { NetworkView } from "@/lib/domain/insights/network-view";
import type { ProgressView } from "@/lib/domain/insights/progress-view";
import type { StanceView } from "@/lib/domain/insights/stance-view";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import type { InsightsAccess } from "./require-insights-access";

/** An InsightsAccess as it crosses to a worker thread: data only, `has` made again there. */
export type InsightsJobScope = Omit<InsightsAccess, "access"> & { access: Omit<InsightsAccess["access"], "has"> };

export function insightsScopeOf(scope: InsightsAccess): InsightsJobScope {
  const { projectId, settings, roles } = scope.access;
  return { projectId: scope.projectId, callerId: scope.callerId, reviews: scope.reviews, access: { projectId, settings, roles } };
}

export function fromInsightsScope(scope: InsightsJobScope): InsightsAccess {
  const { roles } = scope.access;
  return { ...scope, access: { ...scope.access, has: (role) => roles.includes(role) } };
}

/** One view to read, for a caller the service has let in already. */
export type InsightsJob =
  | { view: "stance"; scope: InsightsJobScope; interval: InsightInterval; filter: InsightsFilter }
  | { view: "network"; scope: InsightsJobScope; filter: InsightsFilter }
  | { view: "coverage"; scope: InsightsJobScope; filter: InsightsFilter }
  | { view: "progress"; projectId: number; annotatorsPerDocument: number };

export interface InsightsViews {
  stance: StanceView;
  network: NetworkView;
  coverage: CoverageView;
  progress: ProgressView;
}

const threadModule = "lib/server/insights/insights-thread.ts";

/**
 * The Insights page asks for its views at once. Each is read, and made into rows for its chart,
 * in one of two worker threads (one per core), so that two views compute side by side and the
 * request thread stays free for the page itself. Stance, the longest read, has a thread of its
 * own; the network, coverage and progress share the other, the network first in line: its chart
 * takes longest to draw once it has its answer.
 */
const stanceThread = new ThreadJobs<InsightsJob, InsightsViews[keyof InsightsViews]>(threadModule);
const viewsThread = new ThreadJobs<InsightsJob, InsightsViews[keyof InsightsViews]>(threadModule);

export async function runInsightsJob<Job extends InsightsJob>(job: Job): Promise<InsightsViews[Job["view"]]> {
  const thread = job.view === "stance" ? stanceThread : viewsThread;
  return (await thread.run(job)) as InsightsViews[Job["view"]];
}
