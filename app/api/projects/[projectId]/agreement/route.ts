import { toAgreementCsv } from "@/lib/server/agreement/agreement-csv";
import { computeProjectAgreement } from "@/lib/server/agreement/compute-project-agreement";
import { apiHandler, parseId, parseSearchParams } from "@/lib/server/http/api-handler";
import { agreementQuery } from "./agreement.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  const { format } = parseSearchParams(request, agreementQuery);
  const report = await computeProjectAgreement({ caller, projectId });
  if (format === "json") return report;
  return new Response(toAgreementCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="project-${projectId}-agreement.csv"`,
      "cache-control": "no-store",
    },
  });
});
