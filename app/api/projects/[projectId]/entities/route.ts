import { createEntity } from "@/lib/server/catalog/create-entity";
import { listEntities } from "@/lib/server/catalog/list-entities";
import { apiHandler, parseId, parseJsonBody, parseSearchParams } from "@/lib/server/http/api-handler";
import { createEntityBody, listEntitiesQuery } from "./entities.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const { q } = parseSearchParams(request, listEntitiesQuery);
  return { items: await listEntities({ caller, projectId: parseId(params.projectId, "Project"), query: q }) };
});

export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    createEntity({
      caller,
      projectId: parseId(params.projectId, "Project"),
      ...(await parseJsonBody(request, createEntityBody)),
    }),
  { status: 201 },
);
