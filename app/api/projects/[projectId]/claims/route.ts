import { createClaim } from "@/lib/server/catalog/create-claim";
import { listClaims } from "@/lib/server/catalog/list-claims";
import { apiHandler, parseId, parseJsonBody, parseSearchParams } from "@/lib/server/http/api-handler";
import { createClaimBody, listClaimsQuery } from "./claims.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const { q, status } = parseSearchParams(request, listClaimsQuery);
  return { items: await listClaims({ caller, projectId: parseId(params.projectId, "Project"), query: q, status }) };
});

export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    createClaim({
      caller,
      projectId: parseId(params.projectId, "Project"),
      ...(await parseJsonBody(request, createClaimBody)),
    }),
  { status: 201 },
);
