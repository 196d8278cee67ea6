import { skipDocument } from "@/lib/server/assignments/skip-document";
import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { skipDocumentBody } from "../queue.types";

type Params = { projectId: string };

export const POST = apiHandler<Params>(async ({ request, caller, params }) =>
  skipDocument({
    caller,
    projectId: parseId(params.projectId, "Project"),
    ...(await parseJsonBody(request, skipDocumentBody)),
  }),
);
