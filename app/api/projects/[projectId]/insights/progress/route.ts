import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { getProgressInsights } from "@/lib/server/insights/get-progress-insights";
import { parseInsightsQuery, progressQuery } from "../insights.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  parseInsightsQuery(request, progressQuery);
  return getProgressInsights({ caller, projectId });
});
