import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { getStanceInsights } from "@/lib/server/insights/get-stance-insights";
import { parseInsightsQuery, stanceQuery } from "../insights.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  const { interval, ...filter } = parseInsightsQuery(request, stanceQuery);
  return getStanceInsights({ caller, projectId, interval, filter });
});
