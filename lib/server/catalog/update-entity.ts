import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { catalogEntities } from "@/db/schema";
import { normalizeCatalogText } from "@/lib/domain/project/catalog-text";
import { collectEntityAliases, type EntityAlias } from "@/lib/domain/project/entity-input";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { type EntityView, readEntities } from "./entity-view";
import { addNameAlias, replaceEntityAliases, requireEntityTypeInProject } from "./entity-writes";

export interface EntityPatch {
  name?: string;
  /** `null` clears it. */
  entityTypeId?: number | null;
  description?: string;
  externalId?: string | null;
  /** Replaces all aliases when given. */
  aliases?: EntityAlias[];
}

/** Managers edit catalog entities. */
export async function updateEntity(options: {
  caller: Caller;
  projectId: number;
  entityId: number;
  patch: EntityPatch;
}): Promise<EntityView> {
  const { caller, projectId, entityId, patch } = options;
  await requireProjectRole(caller, projectId, "manager");
  return getDb().transaction(async (tx) => {
    const [before] = await readEntities(tx, projectId, entityId);
    if (!before) throw notFound("Entity");
    await requireEntityTypeInProject(tx, projectId, patch.entityTypeId);
    const name = patch.name === undefined ? before.name : normalizeCatalogText(patch.name);
    await tx
      .update(catalogEntities)
      .set({
        name,
        entityTypeId: patch.entityTypeId === undefined ? before.entityTypeId : patch.entityTypeId,
        description: patch.description ?? before.description,
        externalId: patch.externalId === undefined ? before.externalId : patch.externalId,
        updatedAt: new Date(),
      })
      .where(and(eq(catalogEntities.id, entityId), eq(catalogEntities.projectId, projectId)));
    if (patch.aliases) await replaceEntityAliases(tx, projectId, entityId, collectEntityAliases(name, patch.aliases));
    else await addNameAlias(tx, projectId, entityId, name);
    const [after] = await readEntities(tx, projectId, entityId);
    if (!after) throw notFound("Entity");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "entity.update",
      subjectType: "entity",
      subjectId: entityId,
      before,
      after,
    });
    return after;
  });
}
