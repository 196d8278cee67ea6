import { nextDocument } from "@/lib/server/assignments/next-document";
import { apiHandler, parseId } from "@/lib/server/http/api-handler";

type Params = { projectId: string };

export const POST = apiHandler<Params>(({ caller, params }) =>
  nextDocument({ caller, projectId: parseId(params.projectId, "Project") }),
);
