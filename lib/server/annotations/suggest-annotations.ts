import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AnnotationLayer, annotations, catalogEntities, entityAliases } from "@/db/schema";
import { findAliasMentions } from "@/lib/domain/annotation/find-alias-mentions";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import type { SpanView } from "./span-view";

/** A mention of a catalog entity found by one of its aliases. Offsets are code points, half-open. */
export interface MentionSuggestion {
  source: "alias";
  entityId: number;
  entityTypeId: number | null;
  start: number;
  end: number;
  quote: string;
  alias: string;
}

/** A span of the document's pre-annotations (set `preannotation`), offered to every annotator. */
export interface PreannotationSuggestion
  extends Pick<SpanView, "layer" | "start" | "end" | "quote" | "entityTypeId" | "entityId" | "claimId" | "stance" | "claimantEntityId" | "note"> {
  source: "preannotation";
  /** The pre-annotation's row: accepting it names it as the new span's source. */
  id: number;
  /** Where the entity pre-annotation naming the claimant lies: accepting links the caller's span there. */
  claimantMention: { start: number; end: number } | null;
}

export type AnnotationSuggestion = MentionSuggestion | PreannotationSuggestion;

const offsetKey = (layer: AnnotationLayer, start: number, end: number) => `${layer}:${start}:${end}`;

/**
 * What the caller may accept into their set with one key: the document's pre-annotations, then
 * mentions of catalog entities by their aliases, each unless the caller's set already has a span
 * of the same layer at the same offsets (whatever its labels). An alias mention where an entity
 * pre-annotation lies is left out: the pre-annotation says more. In document order.
 */
export async function suggestAnnotations(options: {
  caller: Caller;
  documentId: number;
}): Promise<{ items: AnnotationSuggestion[] }> {
  const { caller, documentId } = options;
  const { document } = await requireDocumentAccess(caller, documentId);
  const ownSpans = await liveSpans(documentId, "annotator", caller.id);
  const marked = new Set(ownSpans.map((span) => offsetKey(span.layer, span.start, span.end)));
  const allPreannotations = await liveSpans(documentId, "preannotation");
  const byId = new Map(allPreannotations.map((span) => [span.id, span]));
  const preannotations = allPreannotations.filter((span) => !marked.has(offsetKey(span.layer, span.start, span.end)));
  const taken = new Set([...marked, ...preannotations.map((span) => offsetKey(span.layer, span.start, span.end))]);
  const mentions = (await findMentions(document)).filter((mention) => !taken.has(offsetKey("entity", mention.start, mention.end)));
  const items: AnnotationSuggestion[] = [
    ...preannotations.map(({ claimantMentionId, ...span }): PreannotationSuggestion => {
      const mention = claimantMentionId === null ? undefined : byId.get(claimantMentionId);
      return { source: "preannotation", ...span, claimantMention: mention ? { start: mention.start, end: mention.end } : null };
    }),
    ...mentions,
  ];
  return { items: items.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** The live spans of one set of the document; of one author's set when `authorId` is given. */
async function liveSpans(documentId: number, set: "annotator" | "preannotation", authorId?: number) {
  return getDb()
    .select({
      id: annotations.id,
      layer: annotations.layer,
      start: annotations.start,
      end: annotations.end,
      quote: annotations.quote,
      entityTypeId: annotations.entityTypeId,
      entityId: annotations.entityId,
      claimId: annotations.claimId,
      stance: annotations.stance,
      claimantEntityId: annotations.claimantEntityId,
      claimantMentionId: annotations.claimantMentionId,
      note: annotations.note,
    })
    .from(annotations)
    .where(
      and(
        eq(annotations.documentId, documentId),
        eq(annotations.set, set),
        authorId === undefined ? undefined : eq(annotations.authorId, authorId),
        isNull(annotations.deletedAt),
      ),
    )
    .orderBy(annotations.start, annotations.id);
}

async function findMentions(document: { projectId: number; text: string }): Promise<MentionSuggestion[]> {
  const db = getDb();
  const entities = await db
    .select({ id: catalogEntities.id, entityTypeId: catalogEntities.entityTypeId })
    .from(catalogEntities)
    .where(eq(catalogEntities.projectId, document.projectId));
  const aliasesByEntity = new Map<number, string[]>();
  const aliasRows = await db
    .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
    .from(entityAliases)
    .where(eq(entityAliases.projectId, document.projectId));
  for (const { entityId, alias } of aliasRows) {
    const aliases = aliasesByEntity.get(entityId);
    if (aliases) aliases.push(alias);
    else aliasesByEntity.set(entityId, [alias]);
  }
  const typeOf = new Map(entities.map((entity) => [entity.id, entity.entityTypeId]));
  const mentions = findAliasMentions(
    document.text,
    entities.map((entity) => ({ id: entity.id, aliases: aliasesByEntity.get(entity.id) ?? [] })),
  );
  return mentions.map((mention) => ({ source: "alias", ...mention, entityTypeId: typeOf.get(mention.entityId) ?? null }));
}
