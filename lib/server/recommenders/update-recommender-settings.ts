import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { recommenderSettings } from "@/db/schema";
import { recommenderLayers } from "@/lib/domain/recommenders/recommender-keys";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError } from "@/lib/server/errors";
import { getRecommenderSettings, type RecommenderSetting } from "./get-recommender-settings";
import { scheduleRecommenderRebuild } from "./schedule-recommender-rebuild";

/**
 * Switches recommenders on or off per layer (managers). A recommender switched on learns from the
 * project's work at once, in the background.
 */
export async function updateRecommenderSettings(options: {
  caller: Caller;
  projectId: number;
  changes: readonly RecommenderSetting[];
}): Promise<{ items: RecommenderSetting[] }> {
  const { caller, projectId, changes } = options;
  await requireProjectRole(caller, projectId, "manager");
  for (const { recommender, layer } of changes) {
    if (!recommenderLayers[recommender].includes(layer)) {
      throw new AppError("unprocessable", `The ${recommender} recommender does not work on the ${layer} layer`);
    }
  }
  const before = await getRecommenderSettings({ caller, projectId });
  await getDb().transaction(async (tx) => {
    for (const { recommender, layer, enabled } of changes) {
      const where = and(
        eq(recommenderSettings.projectId, projectId),
        eq(recommenderSettings.recommender, recommender),
        eq(recommenderSettings.layer, layer),
      );
      const [current] = await tx.select({ enabled: recommenderSettings.enabled }).from(recommenderSettings).where(where).limit(1);
      if (current) await tx.update(recommenderSettings).set({ enabled, updatedBy: caller.id, updatedAt: new Date() }).where(where);
      else await tx.insert(recommenderSettings).values({ projectId, recommender, layer, enabled, updatedBy: caller.id });
    }
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "recommenders.update",
      subjectType: "project",
      subjectId: projectId,
      before: before.items,
      after: changes,
    });
  });
  if (changes.some((change) => change.enabled)) void scheduleRecommenderRebuild(projectId);
  return getRecommenderSettings({ caller, projectId });
}
