import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documentPredictions, documents, modelServers } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { predictDocuments } from "./predict-documents";
import { predictingDocuments, predictionInFlight } from "./predictions-in-flight";

/** How long opening a document waits for its first prediction before showing what there is. */
export const OPEN_WAIT_MS = 1500;
/** A server that failed or timed out this recently is not asked again on every open. */
const FAILURE_COOLDOWN_MS = 60_000;

/**
 * When a document of a project with a model server is opened and has no prediction yet, asks
 * for one, waiting OPEN_WAIT_MS at most: a quick model's suggestions come with the first view,
 * a slow one's with the next, and a failing one's never hold the workspace up (its failure shows
 * in the project settings). A document the model is being asked about already (in the predictions
 * after its import) waits for that answer instead of asking again. Never throws; access is checked
 * by the prediction itself.
 */
export async function predictOnOpen(options: { caller: Caller; documentId: number }): Promise<void> {
  const { caller, documentId } = options;
  try {
    const [row] = await getDb()
      .select({ projectId: documents.projectId, status: modelServers.status, checkedAt: modelServers.checkedAt, predicted: documentPredictions.documentId })
      .from(documents)
      .innerJoin(modelServers, eq(modelServers.projectId, documents.projectId))
      .leftJoin(documentPredictions, eq(documentPredictions.documentId, documents.id))
      .where(eq(documents.id, documentId))
      .limit(1);
    if (!row || row.predicted !== null) return;
    const failedRecently = (row.status === "failing" || row.status === "slow") && row.checkedAt !== null && Date.now() - row.checkedAt.getTime() < FAILURE_COOLDOWN_MS;
    if (failedRecently) return;
    let run = predictionInFlight(documentId);
    if (!run) {
      run = predictingDocuments([documentId], () => predictDocuments({ caller, projectId: row.projectId, documentId })).catch(() => undefined);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([run, new Promise((resolve) => (timer = setTimeout(resolve, OPEN_WAIT_MS)))]);
    clearTimeout(timer);
  } catch (error) {
    console.warn(`prediction on opening document ${documentId} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
