import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { checkModelServer } from "@/lib/server/model-server/check-model-server";

type Params = { projectId: string };

/** "Test connection": 200 with the status found, whether the server is up or not. */
export const POST = apiHandler<Params>(({ caller, params }) => checkModelServer({ caller, projectId: parseId(params.projectId, "Project") }));
