import "server-only";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, assignments, claims } from "@/db/schema";
import { catalogClaimTexts, type RankableClaim } from "@/lib/domain/recommenders/claim-ranker";
import type { StanceObservation } from "@/lib/domain/recommenders/stance-prior";
import type { StoredRecommenderModel } from "@/lib/domain/recommenders/stored-recommender-model";
import type { RecommenderLayer } from "@/lib/domain/recommenders/recommender-keys";
import { buildStringMatchingModel, type StringMatchingModel, storeStringMatchingModel } from "@/lib/domain/recommenders/string-matching-model";
import type { RecommenderSwitch } from "./enabled-recommenders";

export interface BuiltRecommenderModel extends RecommenderSwitch {
  model: StoredRecommenderModel;
}

export interface RebuiltModels {
  built: BuiltRecommenderModel[];
  /** The string-matching models just built, by layer, ready to match with (no second load). */
  matchers: Map<RecommenderLayer, StringMatchingModel>;
}

/** Quotes kept per claim for claim matching: enough to cover its wordings, few enough to rank fast. */
const quotesPerClaim = 50;

/** The work recommenders learn from: live spans of submitted annotator sets and of gold. */
async function learnedSpans(projectId: number) {
  return getDb()
    .select({
      documentId: annotations.documentId,
      layer: annotations.layer,
      quote: annotations.quote,
      entityTypeId: annotations.entityTypeId,
      claimId: annotations.claimId,
      stance: annotations.stance,
      claimantEntityId: annotations.claimantEntityId,
    })
    .from(annotations)
    .leftJoin(assignments, and(eq(assignments.documentId, annotations.documentId), eq(assignments.userId, annotations.authorId)))
    .where(
      and(
        eq(annotations.projectId, projectId),
        isNull(annotations.deletedAt),
        or(eq(annotations.set, "gold"), and(eq(annotations.set, "annotator"), eq(assignments.status, "submitted"))),
      ),
    )
    .orderBy(desc(annotations.id));
}

type LearnedSpan = Awaited<ReturnType<typeof learnedSpans>>[number];

function stringMatching(spans: readonly LearnedSpan[], layer: RecommenderSwitch["layer"]): StringMatchingModel {
  const labelled = spans.flatMap((span) => {
    if (span.layer !== layer) return [];
    const label = layer === "entity" ? span.entityTypeId : span.claimId;
    return label === null ? [] : [{ documentId: span.documentId, quote: span.quote, label: String(label) }];
  });
  return buildStringMatchingModel(labelled);
}

async function claimMatching(projectId: number, spans: readonly LearnedSpan[]): Promise<StoredRecommenderModel> {
  const catalog = await getDb()
    .select({ id: claims.id, statement: claims.statement, translations: claims.translations })
    .from(claims)
    .where(eq(claims.projectId, projectId))
    .orderBy(claims.id);
  const byClaim = new Map<number, RankableClaim>(
    catalog.map((claim) => [claim.id, catalogClaimTexts(claim)]),
  );
  const seen = new Set<string>();
  for (const span of spans) {
    const claim = span.layer === "claim" && span.claimId !== null ? byClaim.get(span.claimId) : undefined;
    const key = `${span.claimId}:${span.quote}`;
    if (!claim || seen.has(key) || claim.texts.filter((text) => text.kind === "quote").length >= quotesPerClaim) continue;
    seen.add(key);
    claim.texts = [...claim.texts, { kind: "quote", text: span.quote, documentId: span.documentId }];
  }
  return { kind: "claim-matching", claims: [...byClaim.values()] };
}

function stancePrior(spans: readonly LearnedSpan[]): StoredRecommenderModel {
  const observations: StanceObservation[] = spans.flatMap(({ documentId, layer, quote, claimId, stance, claimantEntityId }) =>
    layer === "claim" && claimId !== null && stance !== null && claimantEntityId !== null
      ? [{ documentId, claimId, stance, claimantEntityId, quote }]
      : [],
  );
  return { kind: "stance-prior", observations };
}

/**
 * What each wanted recommender learns from the project's submitted and gold work. Reads only:
 * it runs in the recommenders' worker thread (recommender-thread.ts) on a read-only connection.
 */
export async function readRecommenderModels(input: { projectId: number; wanted: readonly RecommenderSwitch[] }): Promise<RebuiltModels> {
  const spans = await learnedSpans(input.projectId);
  const built: BuiltRecommenderModel[] = [];
  const matchers = new Map<RecommenderLayer, StringMatchingModel>();
  for (const wanted of input.wanted) {
    if (wanted.recommender === "string-matching") {
      const matcher = stringMatching(spans, wanted.layer);
      matchers.set(wanted.layer, matcher);
      built.push({ ...wanted, model: { kind: "string-matching", phrases: storeStringMatchingModel(matcher) } });
      continue;
    }
    const model = wanted.recommender === "claim-matching" ? await claimMatching(input.projectId, spans) : stancePrior(spans);
    built.push({ ...wanted, model });
  }
  return { built, matchers };
}
