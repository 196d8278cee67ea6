import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { claims, stanceLabels } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { readOwnSpan } from "@/lib/server/annotations/require-own-span";
import { type ClaimRecommendation, claimSpanRecommendations, type StanceRecommendation } from "./claim-span-recommendations";
import { readEnabledRecommenders } from "./enabled-recommenders";
import { loadRecommenderModels } from "./load-recommender-models";

/**
 * What the project's recommenders offer for one of the caller's claim spans as it is now: catalog
 * claims ranked by likeness while it has none, then the claimant's earlier stance toward its claim.
 */
export async function recommendForClaimSpan(options: {
  caller: Caller;
  spanId: number;
}): Promise<{ claims: ClaimRecommendation[]; stances: StanceRecommendation[] }> {
  const { caller, spanId } = options;
  const { span, document } = await readOwnSpan(caller, spanId);
  const models = await loadRecommenderModels(document.projectId, await readEnabledRecommenders(document.projectId));
  if (span.deletedAt !== null || models.size === 0) return { claims: [], stances: [] };
  const db = getDb();
  const [catalog, stances] = await Promise.all([
    db.select({ id: claims.id }).from(claims).where(eq(claims.projectId, document.projectId)),
    db.select({ key: stanceLabels.key, name: stanceLabels.name }).from(stanceLabels).where(eq(stanceLabels.projectId, document.projectId)),
  ]);
  const claimIds = new Set(catalog.map((claim) => claim.id));
  const stanceName = new Map(stances.map((stance) => [stance.key, stance.name]));
  return claimSpanRecommendations(models, span, {
    documentId: document.id,
    claimExists: (claimId) => claimIds.has(claimId),
    stanceName: (key) => stanceName.get(key) ?? key,
  });
}
