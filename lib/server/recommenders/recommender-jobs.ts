import "server-only";
import type { RecommenderSwitch } from "./enabled-recommenders";
import { readDocumentUncertainties } from "./read-document-uncertainties";
import { readQualityInputsKey } from "./read-quality-inputs-key";
import { type BuiltRecommenderModel, readRecommenderModels } from "./read-recommender-models";
import { type GoldQuality, readRecommenderQuality } from "./read-recommender-quality";

/**
 * The recommenders' background work, all in one worker thread: a rebuild (their models, and in a
 * project that queues by uncertainty the documents' scores, matched with the models just built),
 * or their figures on the gold set.
 */
export type RecommenderJob =
  | { kind: "rebuild"; projectId: number; wanted: RecommenderSwitch[]; annotatorsPerDocument: number | null }
  | { kind: "quality"; projectId: number };

export type RecommenderJobOutput =
  | { kind: "rebuild"; built: BuiltRecommenderModel[]; uncertainties: [documentId: number, uncertaintyPermille: number][] | null }
  | { kind: "quality"; inputsKey: string; quality: GoldQuality[] };

/** Reads only: it runs in the recommenders' worker thread (recommender-thread.ts). */
export async function runRecommenderJob(job: RecommenderJob): Promise<RecommenderJobOutput> {
  if (job.kind === "quality") {
    // The key first: inputs that change while the figures are computed make them stale at once.
    const inputsKey = await readQualityInputsKey(job.projectId);
    return { kind: "quality", inputsKey, quality: await readRecommenderQuality(job) };
  }
  const { projectId, wanted, annotatorsPerDocument } = job;
  const { built, matchers } = await readRecommenderModels({ projectId, wanted });
  const uncertainties = annotatorsPerDocument === null ? null : await readDocumentUncertainties({ projectId, annotatorsPerDocument, matchers });
  return { kind: "rebuild", built, uncertainties };
}
