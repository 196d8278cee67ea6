import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { getEvidenceInsights } from "@/lib/server/insights/get-evidence-insights";
import { filterQuery, parseInsightsQuery } from "../insights.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  return getEvidenceInsights({ caller, projectId, filter: parseInsightsQuery(request, filterQuery) });
});
