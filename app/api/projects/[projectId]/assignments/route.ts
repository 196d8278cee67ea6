import { assignDocument } from "@/lib/server/assignments/assign-document";
import { listAssignments } from "@/lib/server/assignments/list-assignments";
import { unassignDocument } from "@/lib/server/assignments/unassign-document";
import { apiHandler, parseId, parseJsonBody, parseSearchParams } from "@/lib/server/http/api-handler";
import { assignDocumentBody, unassignDocumentQuery } from "./assignments.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  listAssignments({ caller, projectId: parseId(params.projectId, "Project") }),
);

export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    assignDocument({
      caller,
      projectId: parseId(params.projectId, "Project"),
      ...(await parseJsonBody(request, assignDocumentBody)),
    }),
  { status: 201 },
);

export const DELETE = apiHandler<Params>(async ({ request, caller, params }) => {
  await unassignDocument({
    caller,
    projectId: parseId(params.projectId, "Project"),
    ...parseSearchParams(request, unassignDocumentQuery),
  });
});
