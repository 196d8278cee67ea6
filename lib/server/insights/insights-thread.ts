// The insights worker threads' module (see insights-jobs.ts).
import { serveThreadJobs } from "@/lib/server/jobs/serve-thread-jobs";
import { readCoverageInsights } from "./get-coverage-insights";
import { readNetworkInsights } from "./get-network-insights";
import { readProgressInsights } from "./get-progress-insights";
import { readStanceInsights } from "./get-stance-insights";
import type { InsightsJob, InsightsViews } from "./insights-jobs";

serveThreadJobs(async (job: InsightsJob): Promise<InsightsViews[InsightsJob["view"]]> => {
  switch (job.view) {
    case "stance":
      return readStanceInsights(job);
    case "network":
      return readNetworkInsights(job);
    case "coverage":
      return readCoverageInsights(job);
    case "progress":
      return readProgressInsights(job);
  }
});
