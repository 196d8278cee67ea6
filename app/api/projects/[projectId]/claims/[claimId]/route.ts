import { deleteClaim } from "@/lib/server/catalog/delete-claim";
import { updateClaim } from "@/lib/server/catalog/update-claim";
import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { updateClaimBody } from "../claims.types";

type Params = { projectId: string; claimId: string };

export const PATCH = apiHandler<Params>(async ({ request, caller, params }) =>
  updateClaim({
    caller,
    projectId: parseId(params.projectId, "Project"),
    claimId: parseId(params.claimId, "Claim"),
    patch: await parseJsonBody(request, updateClaimBody),
  }),
);

export const DELETE = apiHandler<Params>(async ({ caller, params }) => {
  await deleteClaim({ caller, projectId: parseId(params.projectId, "Project"), claimId: parseId(params.claimId, "Claim") });
});
