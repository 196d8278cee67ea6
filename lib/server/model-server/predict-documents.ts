import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documentPredictions, documents } from "@/db/schema";
import { buildPredictRequest, type ModelServerDocument } from "@/lib/domain/model-server/model-server-requests";
import { parsePredictResponse } from "@/lib/domain/model-server/model-server-responses";
import { modelServerAddress } from "@/lib/domain/model-server/model-server-url";
import { predictionSpans, type PredictionLabels } from "@/lib/domain/model-server/prediction-spans";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError, notFound } from "@/lib/server/errors";
import { readLabelSchema } from "@/lib/server/label-schema/label-schema-view";
import { callModelServer, type ModelServerReply } from "./call-model-server";
import { modelServerView, readModelServer, type ModelServerRow, type ModelServerView } from "./model-server-view";
import { projectLabelConfig } from "./project-label-config";
import { recordModelServerCall } from "./record-model-server-call";
import { storeDocumentPrediction } from "./store-document-prediction";

/** Tasks per `/predict` request; batches run side by side up to the endpoint's concurrency. */
const TASKS_PER_REQUEST = 8;
/** Documents one call predicts for at most; the settings page calls again while some remain. */
export const DOCUMENTS_PER_RUN = 64;

export interface PredictionRun {
  modelServer: ModelServerView;
  /** Documents whose prediction was stored. */
  predicted: number;
  spans: number;
  /** Regions dropped: past the text, a text other than the document's, an unknown label. */
  dropped: number;
  /** Documents the server gave no usable answer for. */
  failed: number;
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
  const schema = await readLabelSchema(db, projectId);
  const labels: PredictionLabels = { entityTypes: schema.entityTypes, stanceKeys: schema.stanceLabels.map((stance) => stance.key) };
  const labelConfig = await projectLabelConfig(db, projectId);
  const batch = await documentsToPredict(projectId, documentId);
  const counts = { predicted: 0, spans: 0, dropped: 0, failed: 0 };
  const replies: ModelServerReply[] = [];
  let seenVersion: string | null = null;
  const batches = Array.from({ length: Math.ceil(batch.length / TASKS_PER_REQUEST) }, (_, i) =>
    batch.slice(i * TASKS_PER_REQUEST, (i + 1) * TASKS_PER_REQUEST),
  );
  await Promise.all(
    batches.map(async (tasks) => {
      const reply = await predictBatch(row, labelConfig, tasks);
      replies.push(reply.reply);
      if (!reply.answer) {
        counts.failed += tasks.length;
        return;
      }
      const { predictions, modelVersion } = reply.answer;
      for (const [index, document] of tasks.entries()) {
        const raw = predictions[index];
        if (!raw) {
          counts.failed++;
          continue;
        }
        const prediction = predictionSpans(document.text, raw, labels);
        seenVersion = prediction.modelVersion ?? modelVersion ?? seenVersion;
        await storeDocumentPrediction({
          projectId,
          documentId: document.id,
          authorId: row.configuredBy ?? caller.id,
          modelVersion: prediction.modelVersion ?? modelVersion ?? row.modelVersion ?? "unknown",
          prediction,
        });
        counts.predicted++;
        counts.spans += prediction.spans.length;
        counts.dropped += prediction.dropped.length;
      }
    }),
  );
  if (replies.length > 0) await recordModelServerCall(row, worstReply(replies), { modelVersion: seenVersion });
  await recordEvent(db, {
    actorId: caller.id,
    projectId,
    action: "model_server.predict",
    subjectType: documentId === undefined ? "project" : "document",
    subjectId: documentId ?? projectId,
    after: counts,
  });
  const updated = (await readModelServer(db, projectId)) ?? row;
  const remaining = (await documentsToPredict(projectId, undefined)).length;
  return { modelServer: await modelServerView(db, updated), ...counts, remaining };
}

async function documentsToPredict(projectId: number, documentId: number | undefined): Promise<ModelServerDocument[]> {
  return getDb()
    .select({
      id: documents.id,
      title: documents.title,
      text: documents.text,
      language: documents.language,
      publishedAt: documents.publishedAt,
      sourceUrl: documents.sourceUrl,
      externalId: documents.externalId,
      metadata: documents.metadata,
    })
    .from(documents)
    .leftJoin(documentPredictions, eq(documentPredictions.documentId, documents.id))
    .where(
      and(
        eq(documents.projectId, projectId),
        documentId === undefined ? isNull(documentPredictions.documentId) : eq(documents.id, documentId),
      ),
    )
    .orderBy(asc(documents.id))
    .limit(DOCUMENTS_PER_RUN);
}

async function predictBatch(row: ModelServerRow, labelConfig: string, tasks: ModelServerDocument[]) {
  const reply = await callModelServer({
    address: modelServerAddress(row.url),
    timeoutMs: row.timeoutMs,
    method: "POST",
    path: "predict",
    body: buildPredictRequest({ projectId: row.projectId, labelConfig, documents: tasks }),
  });
  if (!reply.ok) return { reply, answer: null };
  const parsed = parsePredictResponse(reply.body);
  if (!parsed.ok) return { reply: { ok: false, kind: "invalid_response", message: parsed.message, retries: reply.retries } satisfies ModelServerReply, answer: null };
  return { reply, answer: parsed.value };
}

/** The status a run leaves: its first failure, else its slowest answer, with every retry counted. */
function worstReply(replies: ModelServerReply[]): ModelServerReply {
  const retries = replies.reduce((sum, reply) => sum + reply.retries, 0);
  const failure = replies.find((reply) => !reply.ok);
  if (failure) return { ...failure, retries };
  const latencyMs = Math.max(...replies.map((reply) => (reply.ok ? reply.latencyMs : 0)));
  return { ok: true, body: null, latencyMs, retries };
}
