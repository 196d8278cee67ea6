import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AnnotationLayer, recommenderSettings } from "@/db/schema";
import { type RecommenderKey, recommenderKeys, recommenderLayers } from "@/lib/domain/recommenders/recommender-keys";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";

export interface RecommenderSetting {
  recommender: RecommenderKey;
  layer: AnnotationLayer;
  enabled: boolean;
}

/** Every recommender on every layer it works on, switched on or off (off unless a manager said on). Managers only. */
export async function getRecommenderSettings(options: { caller: Caller; projectId: number }): Promise<{ items: RecommenderSetting[] }> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId, "manager");
  return { items: await readRecommenderSettings(projectId) };
}

/** The settings themselves, for services that have checked access. */
export async function readRecommenderSettings(projectId: number): Promise<RecommenderSetting[]> {
  const rows = await getDb()
    .select({ recommender: recommenderSettings.recommender, layer: recommenderSettings.layer, enabled: recommenderSettings.enabled })
    .from(recommenderSettings)
    .where(eq(recommenderSettings.projectId, projectId));
  const enabled = new Set(rows.filter((row) => row.enabled).map((row) => `${row.recommender}:${row.layer}`));
  return recommenderKeys.flatMap((recommender) =>
    recommenderLayers[recommender].map((layer) => ({ recommender, layer, enabled: enabled.has(`${recommender}:${layer}`) })),
  );
}
