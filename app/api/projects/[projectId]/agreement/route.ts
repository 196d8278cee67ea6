import { toAgreementCsv } from "@/lib/server/agreement/agreement-csv";
import { computeProjectAgreement, computeProjectAgreementJson } from "@/lib/server/agreement/compute-project-agreement";
import { apiHandler, parseId, parseSearchParams } from "@/lib/server/http/api-handler";
import { agreementQuery } from "./agreement.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  const { format } = parseSearchParams(request, agreementQuery);
  if (format === "json") {
    return new Response(await computeProjectAgreementJson({ caller, projectId }), {
      headers: { "content-type": "application/json", "cache-control": "no-store" },
    });
  }
  return new Response(toAgreementCsv(await computeProjectAgreement({ caller, projectId })), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="project-${projectId}-agreement.csv"`,
      "cache-control": "no-store",
    },
  });
});
