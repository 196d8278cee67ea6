import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { recommenderModels } from "@/db/schema";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import { readEnabledRecommenders } from "./enabled-recommenders";
import type { BuiltRecommenderModel, readRecommenderModels } from "./read-recommender-models";
import { rescoreDocumentUncertainty } from "./rescore-document-uncertainty";

type ModelsInput = Parameters<typeof readRecommenderModels>[0];

// Reading a large project's work takes a while: it runs beside the thread that answers requests.
const modelJobs = new ThreadJobs<ModelsInput, BuiltRecommenderModel[]>("lib/server/recommenders/recommender-thread.ts");

/**
 * Rebuilds the models of the recommenders the project switched on from its submitted and gold
 * work, and stores them with a new version; then, in projects that queue by uncertainty, scores
 * the documents again with them (and the model server's predictions). Internal: it runs after a
 * submission or a change of settings, for no caller in particular.
 */
export async function rebuildRecommenderModels(projectId: number): Promise<void> {
  const wanted = await readEnabledRecommenders(projectId);
  if (wanted.length > 0) await storeRebuiltModels(projectId, wanted);
  await rescoreDocumentUncertainty(projectId, wanted);
}

async function storeRebuiltModels(projectId: number, wanted: ModelsInput["wanted"]): Promise<void> {
  const built = await modelJobs.run({ projectId, wanted });
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
