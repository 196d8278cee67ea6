import "server-only";
import { getDb } from "@/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError, notFound } from "@/lib/server/errors";
import { documentsToPredict } from "./documents-to-predict";
import { modelServerView, readModelServer, type ModelServerView } from "./model-server-view";
import { predictListedDocuments, type PredictionCounts } from "./predict-listed-documents";

export interface PredictionRun extends PredictionCounts {
  modelServer: ModelServerView;
  /** Documents of the project still without a prediction. */
  remaining: number;
}

/**
 * Asks the project's model server for predictions and stores them as pre-annotations with the
 * model's version and score. With `documentId`, any member who may open the document predicts
 * it again (the workspace's "ask the model"); without, a manager predicts the documents that have
 * no prediction yet, DOCUMENTS_PER_RUN at a time. A failing or slow server gives a status and
 * stores nothing, never an error.
 */
export async function predictDocuments(options: { caller: Caller; projectId: number; documentId?: number | undefined }): Promise<PredictionRun> {
  const { caller, projectId, documentId } = options;
  if (documentId === undefined) await requireProjectRole(caller, projectId, "manager");
  else if ((await requireDocumentAccess(caller, documentId)).document.projectId !== projectId) throw notFound("Document");
  const db = getDb();
  const row = await readModelServer(db, projectId);
  if (!row) throw new AppError("conflict", "The project has no model server");
  const batch = await documentsToPredict(projectId, documentId === undefined ? { withoutPrediction: true } : { documentId });
  const counts = await predictListedDocuments({ db, row, documents: batch, authorId: caller.id });
  await recordEvent(db, {
    actorId: caller.id,
    projectId,
    action: "model_server.predict",
    subjectType: documentId === undefined ? "project" : "document",
    subjectId: documentId ?? projectId,
    after: counts,
  });
  const updated = (await readModelServer(db, projectId)) ?? row;
  const remaining = (await documentsToPredict(projectId, { withoutPrediction: true })).length;
  return { modelServer: await modelServerView(db, updated), ...counts, remaining };
}
