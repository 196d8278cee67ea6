import "server-only";
import { and, asc, count, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, catalogEntities, entityAliases } from "@/db/schema";
import type { EntityAlias } from "@/lib/domain/project/entity-input";

export interface EntityView {
  id: number;
  name: string;
  description: string;
  externalId: string | null;
  entityTypeId: number | null;
  /** Every name the entity goes by, its own name included. */
  aliases: EntityAlias[];
  /** Live spans that link the entity as a mention or as a claimant. */
  usage: number;
  createdAt: string;
  updatedAt: string;
}

/** A project's entities by name, or the one entity `entityId` names. */
export async function readEntities(tx: Db, projectId: number, entityId?: number): Promise<EntityView[]> {
  const entityConditions: SQL[] = [eq(catalogEntities.projectId, projectId)];
  const aliasConditions: SQL[] = [eq(entityAliases.projectId, projectId)];
  if (entityId !== undefined) {
    entityConditions.push(eq(catalogEntities.id, entityId));
    aliasConditions.push(eq(entityAliases.entityId, entityId));
  }
  const rows = await tx
    .select()
    .from(catalogEntities)
    .where(and(...entityConditions))
    .orderBy(asc(catalogEntities.name), asc(catalogEntities.id));
  const aliasesByEntity = new Map<number, EntityAlias[]>();
  const aliasRows = await tx
    .select()
    .from(entityAliases)
    .where(and(...aliasConditions))
    .orderBy(asc(entityAliases.id));
  for (const { entityId: owner, alias, language } of aliasRows) {
    aliasesByEntity.set(owner, [...(aliasesByEntity.get(owner) ?? []), { alias, language }]);
  }
  const usage = await countEntityUsage(tx, projectId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    externalId: row.externalId,
    entityTypeId: row.entityTypeId,
    aliases: aliasesByEntity.get(row.id) ?? [],
    usage: usage.get(row.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

async function countEntityUsage(tx: Db, projectId: number): Promise<Map<number, number>> {
  const live = and(eq(annotations.projectId, projectId), isNull(annotations.deletedAt));
  const mentions = await tx
    .select({ entityId: annotations.entityId, n: count() })
    .from(annotations)
    .where(and(live, isNotNull(annotations.entityId)))
    .groupBy(annotations.entityId);
  const claimants = await tx
    .select({ entityId: annotations.claimantEntityId, n: count() })
    .from(annotations)
    .where(and(live, isNotNull(annotations.claimantEntityId)))
    .groupBy(annotations.claimantEntityId);
  const usage = new Map<number, number>();
  for (const { entityId, n } of [...mentions, ...claimants]) {
    if (entityId !== null) usage.set(entityId, (usage.get(entityId) ?? 0) + n);
  }
  return usage;
}
