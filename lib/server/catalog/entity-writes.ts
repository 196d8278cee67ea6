import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entityAliases, entityTypes } from "@/db/schema";
import type { EntityAlias } from "@/lib/domain/project/entity-input";
import { AppError } from "@/lib/server/errors";

type Tx = Pick<Db, "select" | "insert" | "delete">;

/** An entity may only be typed with one of its own project's entity types. */
export function requireEntityTypeInProject(tx: Tx, projectId: number, entityTypeId: number | null | undefined): void {
  if (entityTypeId === null || entityTypeId === undefined) return;
  const type = tx
    .select({ id: entityTypes.id })
    .from(entityTypes)
    .where(and(eq(entityTypes.id, entityTypeId), eq(entityTypes.projectId, projectId)))
    .get();
  if (!type) throw new AppError("unprocessable", `Entity type #${entityTypeId} is not part of this project`);
}

/** Replaces all aliases of an entity with `aliases` (already collected and normalised). */
export function replaceEntityAliases(tx: Tx, projectId: number, entityId: number, aliases: EntityAlias[]): void {
  tx.delete(entityAliases).where(eq(entityAliases.entityId, entityId)).run();
  if (aliases.length === 0) return;
  tx.insert(entityAliases)
    .values(aliases.map(({ alias, language }) => ({ entityId, projectId, alias, language })))
    .run();
}

/** Keeps the name findable after a rename that left the aliases alone. */
export function addNameAlias(tx: Tx, projectId: number, entityId: number, name: string): void {
  tx.insert(entityAliases).values({ entityId, projectId, alias: name, language: null }).onConflictDoNothing().run();
}
