import { deleteEntity } from "@/lib/server/catalog/delete-entity";
import { updateEntity } from "@/lib/server/catalog/update-entity";
import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { updateEntityBody } from "../entities.types";

type Params = { projectId: string; entityId: string };

export const PATCH = apiHandler<Params>(async ({ request, caller, params }) =>
  updateEntity({
    caller,
    projectId: parseId(params.projectId, "Project"),
    entityId: parseId(params.entityId, "Entity"),
    patch: await parseJsonBody(request, updateEntityBody),
  }),
);

export const DELETE = apiHandler<Params>(async ({ caller, params }) => {
  await deleteEntity({ caller, projectId: parseId(params.projectId, "Project"), entityId: parseId(params.entityId, "Entity") });
});
