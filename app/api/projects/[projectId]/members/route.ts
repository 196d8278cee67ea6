import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { addMember } from "@/lib/server/members/add-member";
import { listMembers } from "@/lib/server/members/list-members";
import { addMemberBody } from "./members.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ caller, params }) => ({
  items: await listMembers({ caller, projectId: parseId(params.projectId, "Project") }),
}));

export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    addMember({
      caller,
      projectId: parseId(params.projectId, "Project"),
      ...(await parseJsonBody(request, addMemberBody)),
    }),
  { status: 201 },
);
