import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, catalogEntities, entityAliases } from "@/db/schema";
import { findAliasMentions } from "@/lib/domain/annotation/find-alias-mentions";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";

export interface MentionSuggestion {
  entityId: number;
  entityTypeId: number | null;
  /** Code points, half-open. */
  start: number;
  end: number;
  quote: string;
  alias: string;
}

/**
 * Mentions of catalog entities by their aliases that the caller has not yet marked: an entity
 * span of their set at the same offsets counts as marked, whatever entity it links.
 */
export function suggestMentions(options: { caller: Caller; documentId: number }): { items: MentionSuggestion[] } {
  const { caller, documentId } = options;
  const { document } = requireDocumentAccess(caller, documentId);
  const db = getDb();
  const entities = db
    .select({ id: catalogEntities.id, entityTypeId: catalogEntities.entityTypeId })
    .from(catalogEntities)
    .where(eq(catalogEntities.projectId, document.projectId))
    .all();
  const aliasesByEntity = new Map<number, string[]>();
  const aliasRows = db
    .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
    .from(entityAliases)
    .where(eq(entityAliases.projectId, document.projectId))
    .all();
  for (const { entityId, alias } of aliasRows) {
    const aliases = aliasesByEntity.get(entityId);
    if (aliases) aliases.push(alias);
    else aliasesByEntity.set(entityId, [alias]);
  }
  const marked = new Set(
    db
      .select({ start: annotations.start, end: annotations.end })
      .from(annotations)
      .where(
        and(
          eq(annotations.documentId, documentId),
          eq(annotations.set, "annotator"),
          eq(annotations.authorId, caller.id),
          eq(annotations.layer, "entity"),
          isNull(annotations.deletedAt),
        ),
      )
      .all()
      .map(({ start, end }) => `${start}:${end}`),
  );
  const typeOf = new Map(entities.map((entity) => [entity.id, entity.entityTypeId]));
  const mentions = findAliasMentions(
    document.text,
    entities.map((entity) => ({ id: entity.id, aliases: aliasesByEntity.get(entity.id) ?? [] })),
  );
  return {
    items: mentions
      .filter((mention) => !marked.has(`${mention.start}:${mention.end}`))
      .map((mention) => ({ ...mention, entityTypeId: typeOf.get(mention.entityId) ?? null })),
  };
}
