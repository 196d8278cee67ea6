import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { removeMember } from "@/lib/server/members/remove-member";
import { updateMemberRoles } from "@/lib/server/members/update-member-roles";
import { updateMemberBody } from "../members.types";

type Params = { projectId: string; userId: string };

export const PUT = apiHandler<Params>(async ({ request, caller, params }) =>
  updateMemberRoles({
    caller,
    projectId: parseId(params.projectId, "Project"),
    userId: parseId(params.userId, "Member"),
    ...(await parseJsonBody(request, updateMemberBody)),
  }),
);

export const DELETE = apiHandler<Params>(async ({ caller, params }) => {
  await removeMember({ caller, projectId: parseId(params.projectId, "Project"), userId: parseId(params.userId, "Member") });
});
