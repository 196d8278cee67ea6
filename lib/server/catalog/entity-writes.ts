import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entityAliases, entityTypes } from "@/db/schema";
import type { EntityAlias } from "@/lib/domain/project/entity-input";
import { AppError } from "@/lib/server/errors";

/** An entity may only be typed with one of its own project's entity types. */
export async function requireEntityTypeInProject(
  tx: Db,
  projectId: number,
  entityTypeId: number | null | undefined,
): Promise<void> {
  if (entityTypeId === null || entityTypeId === undefined) return;
  const [type] = await tx
    .select({ id: entityTypes.id })
    .from(entityTypes)
    .where(and(eq(entityTypes.id, entityTypeId), eq(entityTypes.projectId, projectId)))
    .limit(1);
  if (!type) throw new AppError("unprocessable", `Entity type #${entityTypeId} is not part of this project`);
}

/** Replaces all aliases of an entity with `aliases` (already collected and normalised). */
export async function replaceEntityAliases(
  tx: Db,
  projectId: number,
  entityId: number,
  aliases: EntityAlias[],
): Promise<void> {
  await tx.delete(entityAliases).where(eq(entityAliases.entityId, entityId));
  if (aliases.length === 0) return;
  await tx.insert(entityAliases).values(aliases.map(({ alias, language }) => ({ entityId, projectId, alias, language })));
}

/** Keeps the name findable after a rename that left the aliases alone. */
export async function addNameAlias(tx: Db, projectId: number, entityId: number, name: string): Promise<void> {
  await tx.insert(entityAliases).values({ entityId, projectId, alias: name, language: null }).onConflictDoNothing();
}
