import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { recommenderModels } from "@/db/schema";
import { buildClaimRanker, type ClaimRanker } from "@/lib/domain/recommenders/claim-ranker";
import { buildStancePrior, type StancePrior } from "@/lib/domain/recommenders/stance-prior";
import type { StoredRecommenderModel } from "@/lib/domain/recommenders/stored-recommender-model";
import { restoreStringMatchingModel, type StringMatchingModel } from "@/lib/domain/recommenders/string-matching-model";
import type { RecommenderSwitch } from "./enabled-recommenders";

export type LoadedRecommenderModel =
  | { kind: "string-matching"; model: StringMatchingModel }
  | { kind: "claim-matching"; ranker: ClaimRanker }
  | { kind: "stance-prior"; prior: StancePrior };

/** Models ready to use, by project, recommender and layer, with the version they were read at. */
const cache = new Map<string, { version: number; loaded: LoadedRecommenderModel }>();
/** Models kept in memory at most; the least recently used goes first. */
const cacheSize = 64;

const modelKey = (projectId: number, { recommender, layer }: RecommenderSwitch) => `${projectId}:${recommender}:${layer}`;

function restore(stored: StoredRecommenderModel): LoadedRecommenderModel {
  switch (stored.kind) {
    case "string-matching":
      return { kind: stored.kind, model: restoreStringMatchingModel(stored.phrases) };
    case "claim-matching":
      return { kind: stored.kind, ranker: buildClaimRanker(stored.claims) };
    case "stance-prior":
      return { kind: stored.kind, prior: buildStancePrior(stored.observations) };
  }
}

function remember(key: string, entry: { version: number; loaded: LoadedRecommenderModel }): void {
  cache.delete(key);
  cache.set(key, entry);
  for (const oldest of cache.keys()) {
    if (cache.size <= cacheSize) break;
    cache.delete(oldest);
  }
}

/**
 * The current models of the given recommenders of a project (those built so far), by
 * `recommender:layer`. A model is read from the database only when its version changed since this
 * server last read it (another server may have rebuilt it); otherwise it comes from memory.
 */
export async function loadRecommenderModels(projectId: number, wanted: readonly RecommenderSwitch[]): Promise<Map<string, LoadedRecommenderModel>> {
  const loaded = new Map<string, LoadedRecommenderModel>();
  if (wanted.length === 0) return loaded;
  const db = getDb();
  const versions = await db
    .select({ recommender: recommenderModels.recommender, layer: recommenderModels.layer, version: recommenderModels.version })
    .from(recommenderModels)
    .where(eq(recommenderModels.projectId, projectId));
  for (const switched of wanted) {
    const row = versions.find((v) => v.recommender === switched.recommender && v.layer === switched.layer);
    if (!row) continue;
    const key = modelKey(projectId, switched);
    const cached = cache.get(key);
    if (cached && cached.version === row.version) {
      remember(key, cached);
      loaded.set(`${switched.recommender}:${switched.layer}`, cached.loaded);
      continue;
    }
    const [stored] = await db
      .select({ version: recommenderModels.version, model: recommenderModels.model })
      .from(recommenderModels)
      .where(
        and(
          eq(recommenderModels.projectId, projectId),
          eq(recommenderModels.recommender, switched.recommender),
          eq(recommenderModels.layer, switched.layer),
        ),
      )
      .limit(1);
    if (!stored) continue;
    const entry = { version: stored.version, loaded: restore(stored.model) };
    remember(key, entry);
    loaded.set(`${switched.recommender}:${switched.layer}`, entry.loaded);
  }
  return loaded;
}
