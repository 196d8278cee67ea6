import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AnnotationLayer, annotationPredictions, annotations, catalogEntities, entityAliases } from "@/db/schema";
import { findAliasMentions } from "@/lib/domain/annotation/find-alias-mentions";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import type { ClaimRecommendation, StanceRecommendation } from "@/lib/server/recommenders/claim-span-recommendations";
import { type RecommenderSuggestion, recommenderSuggestions } from "@/lib/server/recommenders/recommender-suggestions";
import { predictOnOpen } from "@/lib/server/model-server/predict-on-open";
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
  /** For a model server's prediction: the model's version and its score (0–1, when it gave one). */
  prediction: { modelVersion: string; score: number | null } | null;
}

export type AnnotationSuggestion = MentionSuggestion | PreannotationSuggestion | RecommenderSuggestion;

export interface DocumentSuggestions {
  items: AnnotationSuggestion[];
  /** Catalog claims for the caller's claim spans without one, best first per span. */
  claimRecommendations: ClaimRecommendation[];
  /** Prior stances for the caller's claim spans with a claim and a claimant but no stance. */
  stanceRecommendations: StanceRecommendation[];
}

const offsetKey = (layer: AnnotationLayer, start: number, end: number) => `${layer}:${start}:${end}`;

/**
 * What the caller may accept into their set with one key: the document's pre-annotations, the
 * spans the project's recommenders offer, then mentions of catalog entities by their aliases, each
 * unless the caller's set already has a span of the same layer at the same offsets (whatever its
 * labels). Where several lie at the same offsets the first of those kinds wins (an alias mention
 * lends its entity to a recommended span of the entity's type). In document order; with the
 * recommenders' claims and stances for the caller's claim spans. A document the project's model
 * server has not seen yet is sent to it first (briefly; see predictOnOpen).
 */
export async function suggestAnnotations(options: { caller: Caller; documentId: number }): Promise<DocumentSuggestions> {
  const { caller, documentId } = options;
  const { document } = await requireDocumentAccess(caller, documentId);
  await predictOnOpen({ caller, documentId });
  const ownSpans = await liveSpans(documentId, "annotator", caller.id);
  const marked = new Set(ownSpans.map((span) => offsetKey(span.layer, span.start, span.end)));
  const allPreannotations = await liveSpans(documentId, "preannotation");
  const byId = new Map(allPreannotations.map((span) => [span.id, span]));
  const preannotations = allPreannotations.filter((span) => !marked.has(offsetKey(span.layer, span.start, span.end)));
  const taken = new Set([...marked, ...preannotations.map((span) => offsetKey(span.layer, span.start, span.end))]);
  const predictions = await predictionsOf(documentId);
  const recommended = await recommenderSuggestions({ document, ownSpans });
  const recommendedSpans = recommended.spans.filter((span) => !taken.has(offsetKey(span.layer, span.start, span.end)));
  const recommendedAt = new Map(recommendedSpans.map((span) => [offsetKey(span.layer, span.start, span.end), span]));
  const mentions = (await findMentions(document)).filter((mention) => {
    const key = offsetKey("entity", mention.start, mention.end);
    const span = recommendedAt.get(key);
    if (span && span.entityId === null && span.entityTypeId === mention.entityTypeId) span.entityId = mention.entityId;
    return !taken.has(key) && !span;
  });
  const items: AnnotationSuggestion[] = [
    ...preannotations.map(({ claimantMentionId, ...span }): PreannotationSuggestion => {
      const mention = claimantMentionId === null ? undefined : byId.get(claimantMentionId);
      return {
        source: "preannotation",
        ...span,
        claimantMention: mention ? { start: mention.start, end: mention.end } : null,
        prediction: predictions.get(span.id) ?? null,
      };
    }),
    ...recommendedSpans,
    ...mentions,
  ];
  return {
    items: items.sort((a, b) => a.start - b.start || b.end - a.end),
    claimRecommendations: recommended.claims,
    stanceRecommendations: recommended.stances,
  };
}

/** The model server's version and score for each of the document's pre-annotations it predicted. */
async function predictionsOf(documentId: number): Promise<Map<number, NonNullable<PreannotationSuggestion["prediction"]>>> {
  const rows = await getDb()
    .select({ annotationId: annotationPredictions.annotationId, modelVersion: annotationPredictions.modelVersion, score: annotationPredictions.score })
    .from(annotationPredictions)
    .where(eq(annotationPredictions.documentId, documentId));
  return new Map(
    rows.map(({ annotationId, modelVersion, score }) => [annotationId, { modelVersion, score: typeof score === "number" && Number.isFinite(score) ? score : null }]),
  );
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
