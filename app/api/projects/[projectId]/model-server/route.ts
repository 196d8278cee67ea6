import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { clearModelServer } from "@/lib/server/model-server/clear-model-server";
import { getModelServer } from "@/lib/server/model-server/get-model-server";
import { setModelServer } from "@/lib/server/model-server/set-model-server";
import { setModelServerBody } from "./model-server.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ caller, params }) => getModelServer({ caller, projectId: parseId(params.projectId, "Project") }));

export const PUT = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  const body = await parseJsonBody(request, setModelServerBody);
  return setModelServer({ caller, projectId, url: body.url, timeoutMs: body.timeoutMs });
});

export const DELETE = apiHandler<Params>(({ caller, params }) => clearModelServer({ caller, projectId: parseId(params.projectId, "Project") }));
