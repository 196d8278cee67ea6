import { getQueue } from "@/lib/server/assignments/get-queue";
import { apiHandler, parseId } from "@/lib/server/http/api-handler";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getQueue({ caller, projectId: parseId(params.projectId, "Project") }),
);
