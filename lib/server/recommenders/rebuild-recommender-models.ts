import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projects, recommenderModels } from "@/db/schema";
import { readProjectSettings } from "@/lib/domain/project/project-settings";
import { readEnabledRecommenders } from "./enabled-recommenders";
import type { BuiltRecommenderModel } from "./read-recommender-models";
import { runRebuildJob } from "./recommender-thread-jobs";
import { storeDocumentUncertainty } from "./store-document-uncertainty";

/**
 * Rebuilds the models of the recommenders the project switched on from its submitted and gold
 * work, and stores them with a new version; in projects that queue by uncertainty the same job
 * scores the documents again with the models it has just built (and the model server's
 * predictions). Says whether any recommender is on. Internal: it runs after a submission or a
 * change of settings, for no caller in particular.
 */
export async function rebuildRecommenderModels(projectId: number): Promise<boolean> {
  const [project] = await getDb().select({ settings: projects.settings }).from(projects).where(eq(projects.id, projectId)).limit(1);
  if (!project) return false;
  const settings = readProjectSettings(project.settings);
  const wanted = await readEnabledRecommenders(projectId);
  const queuesByUncertainty = settings.queueOrder === "uncertainty";
  if (wanted.length === 0 && !queuesByUncertainty) return false;
  const { built, uncertainties } = await runRebuildJob({
    projectId,
    wanted,
    annotatorsPerDocument: queuesByUncertainty ? settings.annotatorsPerDocument : null,
  });
  await storeModels(projectId, built);
  if (uncertainties) await storeDocumentUncertainty(projectId, uncertainties);
  return wanted.length > 0;
}

async function storeModels(projectId: number, built: readonly BuiltRecommenderModel[]): Promise<void> {
  if (built.length === 0) return;
  await getDb().transaction(async (tx) => {
    for (const { recommender, layer, model } of built) {
      const where = and(
        eq(recommenderModels.projectId, projectId),
        eq(recommenderModels.recommender, recommender),
        eq(recommenderModels.layer, layer),
      );
      const [current] = await tx.select({ version: recommenderModels.version }).from(recommenderModels).where(where).limit(1);
      if (current) {
        await tx.update(recommenderModels).set({ model, version: current.version + 1, builtAt: new Date() }).where(where);
      } else {
        await tx.insert(recommenderModels).values({ projectId, recommender, layer, model });
      }
    }
  });
}
