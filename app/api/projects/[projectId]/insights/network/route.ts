import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { getNetworkInsights } from "@/lib/server/insights/get-network-insights";
import { filterQuery, parseInsightsQuery } from "../insights.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  return getNetworkInsights({ caller, projectId, filter: parseInsightsQuery(request, filterQuery) });
});
