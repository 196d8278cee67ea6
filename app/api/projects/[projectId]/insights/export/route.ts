import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { exportInsights } from "@/lib/server/insights/export-insights";
import { exportQuery, parseInsightsQuery } from "../insights.types";

type Params = { projectId: string };

/** A view as a download: CSV, or GraphML for the network. */
export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  const { view, format, interval, ...filter } = parseInsightsQuery(request, exportQuery);
  const file = await exportInsights({ caller, projectId, view, format, interval, filter });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
