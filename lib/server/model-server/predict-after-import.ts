import "server-only";
import { getDb } from "@/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { documentsToPredict, DOCUMENTS_PER_RUN } from "./documents-to-predict";
import { readModelServer } from "./model-server-view";
import { predictListedDocuments } from "./predict-listed-documents";
import { predictingDocuments, predictionInFlight } from "./predictions-in-flight";

interface ProjectQueue {
  /** Imported documents still to predict, in the order they came. */
  waiting: number[];
  running: Promise<void>;
}

const queues = new Map<number, ProjectQueue>();

/**
 * Once an import has committed, asks the project's model server (if it has one) for predictions
 * of the documents it brought, in the background: nobody awaits it, so the import answers at once
 * and never fails on the server. One run per project at a time takes DOCUMENTS_PER_RUN documents
 * at a time (the endpoint's slots bound the requests in flight); documents of later imports join
 * its queue. A run that gets no usable answer for a whole round stops there: the server's status
 * says why, and the documents left are predicted when opened or from the settings page. The
 * promise settles when the queue is empty; it never rejects.
 */
export function predictAfterImport(options: { caller: Caller; projectId: number; documentIds: readonly number[] }): Promise<void> {
  const { caller, projectId, documentIds } = options;
  const underWay = queues.get(projectId);
  if (underWay) {
    underWay.waiting.push(...documentIds);
    return underWay.running;
  }
  const queue: ProjectQueue = { waiting: [...documentIds], running: Promise.resolve() };
  queues.set(projectId, queue);
  queue.running = drain(caller, projectId, queue)
    .catch((error: unknown) => {
      console.warn(`predictions after an import into project ${projectId} failed: ${error instanceof Error ? error.message : String(error)}`);
    })
    .finally(() => queues.delete(projectId));
  return queue.running;
}

/** Settles once the project's predictions after imports are done (at once when none run). */
export function predictionsAfterImportSettled(projectId: number): Promise<void> {
  return queues.get(projectId)?.running ?? Promise.resolve();
}

async function drain(caller: Caller, projectId: number, queue: ProjectQueue): Promise<void> {
  const db = getDb();
  while (queue.waiting.length > 0) {
    const row = await readModelServer(db, projectId);
    if (!row) return;
    // Documents being asked for already (opened) are left to that request: predicted by it, or
    // asked for again by a later import's run, or when opened next.
    const among = queue.waiting.splice(0, DOCUMENTS_PER_RUN).filter((id) => !predictionInFlight(id));
    if (among.length === 0) continue;
    const counts = await predictingDocuments(among, async () => {
      const batch = await documentsToPredict(projectId, { withoutPrediction: true, among });
      return batch.length === 0 ? null : predictListedDocuments({ db, row, documents: batch, authorId: caller.id });
    });
    if (!counts) continue;
    await recordEvent(db, { actorId: caller.id, projectId, action: "model_server.predict", subjectType: "project", subjectId: projectId, after: counts });
    if (counts.predicted === 0) return;
  }
}
