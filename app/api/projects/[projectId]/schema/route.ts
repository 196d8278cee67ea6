import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { getLabelSchema } from "@/lib/server/label-schema/get-label-schema";
import { replaceLabelSchema } from "@/lib/server/label-schema/replace-label-schema";
import { replaceLabelSchemaBody } from "./schema.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getLabelSchema({ caller, projectId: parseId(params.projectId, "Project") }),
);

export const PUT = apiHandler<Params>(async ({ request, caller, params }) =>
  replaceLabelSchema({
    caller,
    projectId: parseId(params.projectId, "Project"),
    schema: await parseJsonBody(request, replaceLabelSchemaBody),
  }),
);
