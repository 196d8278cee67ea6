import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AnnotationLayer, claims, entityTypes, stanceLabels } from "@/db/schema";
import type { RecommenderKey } from "@/lib/domain/recommenders/recommender-keys";
import { describeStringMatch, findStringMatches } from "@/lib/domain/recommenders/string-matching-model";
import { type WordToken, wordTokens } from "@/lib/domain/recommenders/word-tokens";
import { type ClaimRecommendation, claimSpanRecommendations, type OwnClaimSpan, type StanceRecommendation } from "./claim-span-recommendations";
import { readEnabledRecommenders } from "./enabled-recommenders";
import { loadRecommenderModels } from "./load-recommender-models";

/** A span a recommender offers, in the shape of the span accepting it creates. */
export interface RecommenderSuggestion {
  source: "recommender";
  recommender: RecommenderKey;
  layer: AnnotationLayer;
  start: number;
  end: number;
  quote: string;
  entityTypeId: number | null;
  entityId: number | null;
  claimId: number | null;
  /** 0 to 1. */
  score: number;
  /** In the workspace's words: "marked PER 14 times". */
  why: string;
}

export interface RecommenderOutput {
  spans: RecommenderSuggestion[];
  claims: ClaimRecommendation[];
  stances: StanceRecommendation[];
}

const shortStatement = (statement: string) => (statement.length > 60 ? `${statement.slice(0, 57)}…` : statement);

/**
 * What the project's switched-on recommenders offer for a document, from work done elsewhere
 * (never this document's own marks, which would show one annotator another's work): spans found
 * again, catalog claims for the caller's claim spans without one, and prior stances for those
 * with a claim and a claimant but no stance. The caller has checked access to the document.
 */
export async function recommenderSuggestions(options: {
  document: { id: number; projectId: number; text: string };
  ownSpans: readonly OwnClaimSpan[];
}): Promise<RecommenderOutput> {
  const { document, ownSpans } = options;
  const output: RecommenderOutput = { spans: [], claims: [], stances: [] };
  const enabled = await readEnabledRecommenders(document.projectId);
  const models = await loadRecommenderModels(document.projectId, enabled);
  if (models.size === 0) return output;
  const db = getDb();
  const [types, statements, stances] = await Promise.all([
    db.select({ id: entityTypes.id, key: entityTypes.key }).from(entityTypes).where(eq(entityTypes.projectId, document.projectId)),
    db.select({ id: claims.id, statement: claims.statement }).from(claims).where(eq(claims.projectId, document.projectId)),
    db.select({ key: stanceLabels.key, name: stanceLabels.name }).from(stanceLabels).where(eq(stanceLabels.projectId, document.projectId)),
  ]);
  const typeKey = new Map(types.map((type) => [type.id, type.key]));
  const statementOf = new Map(statements.map((claim) => [claim.id, claim.statement]));
  const stanceName = new Map(stances.map((stance) => [stance.key, stance.name]));
  const exclude = { excludeDocumentId: document.id };

  let words: WordToken[] | undefined;
  for (const layer of ["entity", "claim"] as const) {
    const loaded = models.get(`string-matching:${layer}`);
    if (loaded?.kind !== "string-matching") continue;
    words ??= wordTokens(document.text);
    for (const match of findStringMatches(loaded.model, document.text, { ...exclude, words })) {
      const id = Number(match.label);
      const name = layer === "entity" ? typeKey.get(id) : statementOf.get(id);
      if (name === undefined) continue;
      output.spans.push({
        source: "recommender",
        recommender: "string-matching",
        layer,
        start: match.start,
        end: match.end,
        quote: match.quote,
        entityTypeId: layer === "entity" ? id : null,
        entityId: null,
        claimId: layer === "claim" ? id : null,
        score: match.score,
        why: describeStringMatch(layer === "entity" ? name : `“${shortStatement(name)}”`, match),
      });
    }
  }

  const context = {
    documentId: document.id,
    claimExists: (claimId: number) => statementOf.has(claimId),
    stanceName: (key: string) => stanceName.get(key) ?? key,
  };
  for (const span of ownSpans) {
    const { claims: ranked, stances: priors } = claimSpanRecommendations(models, span, context);
    output.claims.push(...ranked);
    output.stances.push(...priors);
  }
  return output;
}
