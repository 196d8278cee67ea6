import "server-only";
import { readQualityInputsKey } from "./read-quality-inputs-key";
import type { GoldQuality } from "./read-recommender-quality";
import { runQualityJob } from "./recommender-thread-jobs";

/** Figures last computed per project, with the key of the inputs they come from. */
const computed = new Map<number, { inputsKey: string; quality: GoldQuality[] }>();
/** Projects whose figures are kept at most; the least recently read go first. */
const cacheSize = 64;
/** Computations under way, by project and inputs key: visits meanwhile wait for the same one. */
const running = new Map<string, Promise<GoldQuality[]>>();

function remember(projectId: number, entry: { inputsKey: string; quality: GoldQuality[] }): void {
  computed.delete(projectId);
  computed.set(projectId, entry);
  for (const oldest of computed.keys()) {
    if (computed.size <= cacheSize) break;
    computed.delete(oldest);
  }
}

/**
 * The recommenders' figures on the project's gold set. Computing them re-runs every recommender
 * once per gold document (in the recommenders' worker thread), so they are computed only when the
 * key of their inputs, read from the database, differs from the one they were computed at: a change
 * made through any server shows at the next read, and otherwise a read costs two aggregate rows.
 * The rebuild after a submission calls it too, so that the project page finds them ready.
 * Callers have checked access.
 */
export async function readCurrentGoldQuality(projectId: number): Promise<GoldQuality[]> {
  const inputsKey = await readQualityInputsKey(projectId);
  const cached = computed.get(projectId);
  if (cached?.inputsKey === inputsKey) {
    remember(projectId, cached);
    return cached.quality;
  }
  const runKey = `${projectId}:${inputsKey}`;
  const underWay = running.get(runKey);
  if (underWay) return underWay;
  const job = runQualityJob({ projectId })
    .then((result) => {
      remember(projectId, result);
      return result.quality;
    })
    .finally(() => running.delete(runKey));
  running.set(runKey, job);
  return job;
}
