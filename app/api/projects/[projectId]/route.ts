import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { getProject } from "@/lib/server/projects/get-project";
import { updateProject } from "@/lib/server/projects/update-project";
import { updateProjectBody } from "../projects.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getProject({ caller, projectId: parseId(params.projectId, "Project") }),
);

export const PATCH = apiHandler<Params>(async ({ request, caller, params }) =>
  updateProject({
    caller,
    projectId: parseId(params.projectId, "Project"),
    patch: await parseJsonBody(request, updateProjectBody),
  }),
);
