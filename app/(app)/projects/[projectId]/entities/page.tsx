import type { Metadata } from "next";
import { listEntitiesQuery } from "@/app/api/projects/[projectId]/entities/entities.types";
import { CatalogSearchForm } from "@/components/catalog/catalog-search-form";
import { EntityForm } from "@/components/catalog/entity-form";
import { EntityRow } from "@/components/catalog/entity-row";
import { listEntities } from "@/lib/server/catalog/list-entities";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getLabelSchema } from "@/lib/server/label-schema/get-label-schema";
import { getProject } from "@/lib/server/projects/get-project";

export const metadata: Metadata = { title: "Entities" };

export default async function EntitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await requirePageCaller();
  const { projectId: rawProjectId } = await params;
  // A malformed filter in the URL shows the whole catalog rather than an error page.
  const filters = listEntitiesQuery.safeParse(await searchParams).data ?? {};
  const { project, entities, entityTypes } = await orNotFound(async () => {
    const projectId = parseId(rawProjectId, "Project");
    const [project, entities, schema] = await Promise.all([
      getProject({ caller, projectId }),
      listEntities({ caller, projectId, query: filters.q }),
      getLabelSchema({ caller, projectId }),
    ]);
    return { project, entities, entityTypes: schema.entityTypes };
  });
  const canManage = project.roles.includes("manager");
  const canCreate = canManage || project.settings.annotatorsCanCreateEntities;

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">Entity catalog</h2>
        <p className="mt-1 text-sm text-slate-600">People, organisations and places, with the names they go by in any language.</p>
      </div>
      <CatalogSearchForm action={`/projects/${project.id}/entities`} label="Search names and aliases" query={filters.q ?? ""} />
      {canCreate && (
        <section aria-labelledby="add-entity-heading" className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-5">
          <h3 id="add-entity-heading" className="font-medium">Add an entity</h3>
          <EntityForm projectId={project.id} entityTypes={entityTypes} />
        </section>
      )}
      <section aria-label="Entities" className="space-y-3">
        <p className="text-sm text-slate-600">
          {entities.length} {entities.length === 1 ? "entity" : "entities"}
        </p>
        {entities.length > 0 && (
          <ul className="space-y-3">
            {entities.map((entity) => (
              <EntityRow key={entity.id} projectId={project.id} entity={entity} entityTypes={entityTypes} canManage={canManage} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
