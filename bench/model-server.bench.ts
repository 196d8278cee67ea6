// The external model server, against Claimdesk's own Label Studio-style test backend on loopback
// (lib/server/model-server/label-studio-test-backend.ts, in this process): predictions after an
// import of 1,000 articles, the round trip of one document's prediction into stored
// pre-annotations, and a backend slower than the timeout while the workspace asks for suggestions.
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotationPredictions, documentPredictions, entityTypes } from "@/db/schema";
import { suggestAnnotations } from "@/lib/server/annotations/suggest-annotations";
import type { Caller } from "@/lib/server/auth/caller";
import { importDocuments } from "@/lib/server/documents/import-documents";
import { getModelServer } from "@/lib/server/model-server/get-model-server";
import { startTestModelBackend, type TestModelBackend } from "@/lib/server/model-server/label-studio-test-backend";
import { predictionsAfterImportSettled } from "@/lib/server/model-server/predict-after-import";
import { predictDocuments } from "@/lib/server/model-server/predict-documents";
import { OPEN_WAIT_MS } from "@/lib/server/model-server/predict-on-open";
import { setModelServer } from "@/lib/server/model-server/set-model-server";
import { type BenchRow, peakRssMb, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { insertRows } from "./bulk-insert";
import { plainTextArticle } from "./generate-articles";

const BATCH_DOCUMENTS = 1_000;
const SLOW_DOCUMENTS = 500;
const ROUND_TRIPS = 100;
const SUGGESTION_REQUESTS = 40;
const SLOW_TIMEOUT_MS = 1_000;
const SLOW_DELAY_MS = 3_000;

/** The generator's vocabulary holds these, so that every article has a few dozen regions. */
const words = { Tokayev: "PER", Kazakhstan: "LOC", Astana: "LOC", Rosatom: "ORG" };

const articles = (from: number, length: number) =>
  Array.from({ length }, (_, k) => ({ title: `Article ${from + k}`, text: plainTextArticle(from + k) }));

async function timed<T>(task: () => Promise<T>): Promise<[T, number]> {
  const began = performance.now();
  const value = await task();
  return [value, performance.now() - began];
}

/** Suggestions requests, one after the other, for the given documents in turn. */
async function suggestionTimes(caller: Caller, documentIds: readonly number[]): Promise<number[]> {
  const samples: number[] = [];
  for (let k = 0; k < SUGGESTION_REQUESTS; k++) {
    const [, ms] = await timed(() => suggestAnnotations({ caller, documentId: documentIds[k % documentIds.length]! }));
    samples.push(ms);
  }
  return samples;
}

const predictRequests = (backend: TestModelBackend) => backend.requests.filter((request) => request.path === "/predict").length;

export async function benchModelServer(): Promise<BenchRow[]> {
  const db = getDb();
  const { caller, projectId } = await createBenchWorkspace("model-server");
  await insertRows(entityTypes, ["PER", "LOC", "ORG"].map((key, position) => ({ projectId, key, name: key, color: "#2563eb", position })));
  const backend = await startTestModelBackend({ words, modelVersion: "bench-ner-1" });
  const rows: BenchRow[] = [];
  try {
    await setModelServer({ caller, projectId, url: backend.url });

    // An import answers at once; the predictions follow in the background.
    const [report, importMs] = await timed(() => importDocuments({ caller, projectId, documents: articles(0, BATCH_DOCUMENTS) }));
    const imported = report.imported.map((document) => document.id);
    const [, predictMs] = await timed(() => predictionsAfterImportSettled(projectId));
    const [predicted] = await db.select({ n: count() }).from(documentPredictions).where(eq(documentPredictions.projectId, projectId));
    const [spans] = await db.select({ n: count() }).from(annotationPredictions);
    rows.push(
      { name: `model server: import of ${BATCH_DOCUMENTS.toLocaleString("en")} articles (3 KB), answered`, figure: importMs, unit: "ms", budget: "—" },
      { name: "model server: documents predicted after it", figure: Number(predicted?.n ?? 0), unit: "documents", budget: `${BATCH_DOCUMENTS.toLocaleString("en")}` },
      { name: "model server: predictions after an import", figure: (Number(predicted?.n ?? 0) * 1000) / predictMs, unit: "documents/s", budget: "—" },
      { name: "model server: pre-annotations stored per second", figure: (Number(spans?.n ?? 0) * 1000) / predictMs, unit: "spans/s", budget: "—" },
    );

    // One document's prediction again, as the workspace asks for it: /predict, then its pre-annotations replaced.
    const roundTrips: number[] = [];
    for (let k = 0; k < ROUND_TRIPS; k++) {
      const [, ms] = await timed(() => predictDocuments({ caller, projectId, documentId: imported[k]! }));
      roundTrips.push(ms);
    }
    rows.push(
      { name: "model server: one document's prediction into stored pre-annotations p50", figure: percentile(roundTrips, 50), unit: "ms", budget: "—" },
      { name: "model server: one document's prediction into stored pre-annotations p95", figure: percentile(roundTrips, 95), unit: "ms", budget: "—" },
    );

    const idle = await suggestionTimes(caller, imported.slice(ROUND_TRIPS));
    rows.push({ name: "model server: suggestions request, server idle, p95", figure: percentile(idle, 95), unit: "ms", budget: "< 100" });

    // A backend slower than the timeout: the next import's predictions time out in the background
    // while the workspace asks for suggestions on documents with and without a prediction.
    await setModelServer({ caller, projectId, url: backend.url, timeoutMs: SLOW_TIMEOUT_MS });
    backend.setMode({ kind: "slow", delayMs: SLOW_DELAY_MS });
    const requestsBefore = predictRequests(backend);
    const [slowReport, slowImportMs] = await timed(() => importDocuments({ caller, projectId, documents: articles(BATCH_DOCUMENTS, SLOW_DOCUMENTS) }));
    const background = predictionsAfterImportSettled(projectId);
    const withPrediction = await suggestionTimes(caller, imported.slice(ROUND_TRIPS));
    const withoutPrediction = await suggestionTimes(caller, slowReport.imported.map((document) => document.id));
    await background;
    const status = (await getModelServer({ caller, projectId })).modelServer;
    const [stillPredicted] = await db.select({ n: count() }).from(documentPredictions).where(eq(documentPredictions.projectId, projectId));
    rows.push(
      { name: `model server, slow (${SLOW_DELAY_MS / 1000} s, timeout ${SLOW_TIMEOUT_MS / 1000} s): import of ${SLOW_DOCUMENTS} articles, answered`, figure: slowImportMs, unit: "ms", budget: "—" },
      { name: "model server, slow: /predict requests timed out (none retried)", figure: predictRequests(backend) - requestsBefore, unit: "requests", budget: "—" },
      { name: `model server, slow: status ${status?.status ?? "none"}; documents predicted`, figure: Number(stillPredicted?.n ?? 0) - BATCH_DOCUMENTS, unit: "documents", budget: "0" },
      { name: "model server, slow: suggestions request on predicted documents p95", figure: percentile(withPrediction, 95), unit: "ms", budget: "< 100" },
      { name: "model server, slow: suggestions request on documents without a prediction p50", figure: percentile(withoutPrediction, 50), unit: "ms", budget: "—" },
      { name: "model server, slow: suggestions request on documents without a prediction p95", figure: percentile(withoutPrediction, 95), unit: "ms", budget: "< 100" },
      // A document opened without a prediction waits for the model a moment (OPEN_WAIT_MS) until a failure is known.
      { name: "model server, slow: suggestions request on documents without a prediction, slowest", figure: Math.max(...withoutPrediction), unit: "ms", budget: `≈ ${OPEN_WAIT_MS.toLocaleString("en")} (the open wait)` },
      { name: "model server: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
    );
  } finally {
    await backend.close();
  }
  return rows;
}
