import "server-only";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { catalogEntities } from "@/db/schema";
import { normalizeCatalogText } from "@/lib/domain/project/catalog-text";
import { collectEntityAliases, type EntityAlias } from "@/lib/domain/project/entity-input";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { forbidden, notFound } from "@/lib/server/errors";
import { type EntityView, readEntities } from "./entity-view";
import { replaceEntityAliases, requireEntityTypeInProject } from "./entity-writes";

/** Managers add entities; other members may too when the project lets annotators create them. */
export async function createEntity(options: {
  caller: Caller;
  projectId: number;
  name: string;
  entityTypeId?: number | null;
  description?: string;
  externalId?: string | null;
  aliases?: EntityAlias[];
}): Promise<EntityView> {
  const { caller, projectId } = options;
  const name = normalizeCatalogText(options.name);
  const access = await requireProjectRole(caller, projectId);
  if (!access.has("manager") && !access.settings.annotatorsCanCreateEntities) {
    throw forbidden("Only managers may add entities to this project's catalog");
  }
  return getDb().transaction(async (tx) => {
    await requireEntityTypeInProject(tx, projectId, options.entityTypeId);
    const row = firstRow(
      await tx
        .insert(catalogEntities)
        .values({
          projectId,
          name,
          entityTypeId: options.entityTypeId ?? null,
          description: options.description ?? "",
          externalId: options.externalId ?? null,
        })
        .returning(),
      "entity",
    );
    await replaceEntityAliases(tx, projectId, row.id, collectEntityAliases(name, options.aliases ?? []));
    const [view] = await readEntities(tx, projectId, row.id);
    if (!view) throw notFound("Entity");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "entity.create",
      subjectType: "entity",
      subjectId: row.id,
      after: view,
    });
    return view;
  });
}
