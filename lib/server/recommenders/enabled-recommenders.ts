import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AnnotationLayer, recommenderSettings } from "@/db/schema";
import type { RecommenderKey } from "@/lib/domain/recommenders/recommender-keys";

export interface RecommenderSwitch {
  recommender: RecommenderKey;
  layer: AnnotationLayer;
}

/** The recommenders a project switched on, per layer. Callers have checked access. */
export async function readEnabledRecommenders(projectId: number): Promise<RecommenderSwitch[]> {
  return getDb()
    .select({ recommender: recommenderSettings.recommender, layer: recommenderSettings.layer })
    .from(recommenderSettings)
    .where(and(eq(recommenderSettings.projectId, projectId), eq(recommenderSettings.enabled, true)))
    .orderBy(recommenderSettings.recommender, recommenderSettings.layer);
}
