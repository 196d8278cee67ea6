import "server-only";
import { readCurrentGoldQuality } from "./current-gold-quality";
import { rebuildRecommenderModels } from "./rebuild-recommender-models";

interface ProjectRebuild {
  running: Promise<void>;
  /** Work submitted while a rebuild ran: one more rebuild follows it. */
  again: boolean;
}

const rebuilds = new Map<number, ProjectRebuild>();

async function rebuildUntilCurrent(projectId: number, rebuild: ProjectRebuild): Promise<void> {
  let recommending = false;
  try {
    do {
      rebuild.again = false;
      recommending = await rebuildRecommenderModels(projectId);
    } while (rebuild.again);
  } catch (error) {
    // Suggestions are a help, never a condition of saving: a failed rebuild keeps the last models.
    console.error(`Recommenders of project ${projectId} were not rebuilt`, error);
  } finally {
    rebuilds.delete(projectId);
  }
  if (!recommending) return;
  try {
    // Suggestions are current; the gold figures the project page shows follow, if their inputs changed.
    await readCurrentGoldQuality(projectId);
  } catch (error) {
    console.error(`Recommender quality of project ${projectId} was not computed`, error);
  }
}

/**
 * Rebuilds the project's recommender models in the background (nobody awaits it: the request that
 * asked answers at once); while one rebuild runs, further submissions make one more, not one
 * each. The promise settles once the models are current and, where a recommender is on, their
 * figures on gold too (or a step failed, which it logs); it never rejects.
 */
export function scheduleRecommenderRebuild(projectId: number): Promise<void> {
  const underWay = rebuilds.get(projectId);
  if (underWay) {
    underWay.again = true;
    return underWay.running;
  }
  const rebuild: ProjectRebuild = { running: Promise.resolve(), again: false };
  rebuilds.set(projectId, rebuild);
  rebuild.running = rebuildUntilCurrent(projectId, rebuild);
  return rebuild.running;
}
