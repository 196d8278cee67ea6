import "server-only";
import type { Db } from "@/db/client";
import { buildPredictRequest, type ModelServerDocument } from "@/lib/domain/model-server/model-server-requests";
import { parsePredictResponse } from "@/lib/domain/model-server/model-server-responses";
import { modelServerAddress } from "@/lib/domain/model-server/model-server-url";
import { predictionSpans, type PredictionLabels } from "@/lib/domain/model-server/prediction-spans";
import { readLabelSchema } from "@/lib/server/label-schema/label-schema-view";
import { callModelServer, type ModelServerReply } from "./call-model-server";
import type { ModelServerRow } from "./model-server-view";
import { projectLabelConfig } from "./project-label-config";
import { recordModelServerCall } from "./record-model-server-call";
import { storeDocumentPredictions, type StoredPrediction } from "./store-document-prediction";

/** Tasks per `/predict` request; batches run side by side up to the endpoint's concurrency. */
const TASKS_PER_REQUEST = 8;

export interface PredictionCounts {
  /** Documents whose prediction was stored. */
  predicted: number;
  spans: number;
  /** Regions dropped: past the text, a text other than the document's, an unknown label. */
  dropped: number;
  /** Documents the server gave no usable answer for. */
  failed: number;
}

/**
 * Sends the given documents of the project to its model server, 8 tasks a request, stores each
 * usable answer as the document's pre-annotations, and records the call's status on the server's
 * row. A failing or slow server gives counts and a status, never an error.
 */
export async function predictListedDocuments(options: {
  db: Db;
  row: ModelServerRow;
  documents: ModelServerDocument[];
  /** Who the pre-annotations are stored under when the server's row names nobody. */
  authorId: number;
}): Promise<PredictionCounts> {
  const { db, row, documents } = options;
  const counts: PredictionCounts = { predicted: 0, spans: 0, dropped: 0, failed: 0 };
  if (documents.length === 0) return counts;
  const schema = await readLabelSchema(db, row.projectId);
  const labels: PredictionLabels = { entityTypes: schema.entityTypes, stanceKeys: schema.stanceLabels.map((stance) => stance.key) };
  const labelConfig = await projectLabelConfig(db, row.projectId);
  const replies: ModelServerReply[] = [];
  let seenVersion: string | null = null;
  // Answers are stored one after the other: side by side, their transactions would conflict
  // (PostgreSQL's serializable ones undo and retry each other) for no gain.
  let storing = Promise.resolve();
  const batches = Array.from({ length: Math.ceil(documents.length / TASKS_PER_REQUEST) }, (_, i) =>
    documents.slice(i * TASKS_PER_REQUEST, (i + 1) * TASKS_PER_REQUEST),
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
      const stored: StoredPrediction[] = [];
      for (const [index, document] of tasks.entries()) {
        const raw = predictions[index];
        if (!raw) {
          counts.failed++;
          continue;
        }
        const prediction = predictionSpans(document.text, raw, labels);
        seenVersion = prediction.modelVersion ?? modelVersion ?? seenVersion;
        stored.push({
          projectId: row.projectId,
          documentId: document.id,
          authorId: row.configuredBy ?? options.authorId,
          modelVersion: prediction.modelVersion ?? modelVersion ?? row.modelVersion ?? "unknown",
          prediction,
        });
        counts.spans += prediction.spans.length;
        counts.dropped += prediction.dropped.length;
      }
      storing = storing.then(() => storeDocumentPredictions(stored));
      await storing;
      counts.predicted += stored.length;
    }),
  );
  await recordModelServerCall(row, worstReply(replies), { modelVersion: seenVersion });
  return counts;
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
