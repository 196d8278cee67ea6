import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotationPredictions, annotations, documentPredictions, events } from "@/db/schema";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { createSpan } from "@/lib/server/annotations/create-span";
import { submitDocument } from "@/lib/server/annotations/submit-document";
import { suggestAnnotations } from "@/lib/server/annotations/suggest-annotations";
import { AppError } from "@/lib/server/errors";
import { exportProject, exportToReadableStream } from "@/lib/server/export/export-project";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { MODEL_SERVER_CONCURRENCY } from "./endpoint-semaphore";
import { MODEL_SERVER_RETRIES } from "./call-model-server";
import { checkModelServer } from "./check-model-server";
import { clearModelServer } from "./clear-model-server";
import { getModelServer } from "./get-model-server";
import { startTestModelBackend, type TestModelBackend } from "./label-studio-test-backend";
import { predictDocuments } from "./predict-documents";
import { setModelServer } from "./set-model-server";

let db: Db;
let backend: TestModelBackend;
beforeAll(async () => {
  db = await useTestDatabase();
  backend = await startTestModelBackend({ words: { Tokajew: "PER", 托卡耶夫: "PER" } });
});
afterAll(async () => {
  await backend.close();
});

// 🇰🇿 is two code points and four UTF-16 units: offsets after it tell the two apart.
const text = "🇰🇿 Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. 托卡耶夫表示支持。";
const tokajew = { start: 13, end: 20, quote: "Tokajew" };
const chineseName = { start: 67, end: 71, quote: "托卡耶夫" };

async function setUp() {
  const project = await setUpAnnotationProject(db);
  const manager = await insertTestMember(db, project.projectId, "manager");
  const documentId = await insertTestDocument(db, project.projectId, text);
  backend.setMode({ kind: "ok" });
  return { ...project, manager, documentId };
}

const livePredictions = (documentId: number) =>
  db
    .select({ start: annotations.start, end: annotations.end, quote: annotations.quote, set: annotations.set, origin: annotations.origin, modelVersion: annotationPredictions.modelVersion, score: annotationPredictions.score })
    .from(annotationPredictions)
    .innerJoin(annotations, eq(annotations.id, annotationPredictions.annotationId))
    .where(and(eq(annotationPredictions.documentId, documentId), isNull(annotations.deletedAt)))
    .orderBy(annotations.start);

const requestsTo = (path: string) => backend.requests.filter((request) => request.path === path);

async function refusal(action: Promise<unknown>): Promise<string> {
  const error: unknown = await action.then(() => null, (caught: unknown) => caught);
  return error instanceof AppError ? error.code : String(error);
}

describe("model server", () => {
  it("goes from the URL through /health, /setup and /predict to pre-annotations with the model's version, offered as suggestions", async () => {
    const { manager, alice, projectId, documentId, personTypeId } = await setUp();
    const set = await setModelServer({ caller: manager, projectId, url: backend.url.replace("://", "://ml:secret@") });
    expect(set.modelServer).toMatchObject({ url: backend.url.replace("://", "://***@"), status: "unchecked", timeoutMs: 10_000 });

    const checked = await checkModelServer({ caller: manager, projectId });
    expect(checked.modelServer).toMatchObject({ status: "ok", modelVersion: "test-ner-1", modelClass: "TestNer", lastError: null, retries: 0 });
    const setup = requestsTo("/setup").at(-1)?.body as { project: string; schema: string };
    expect(setup.project).toBe(String(projectId));
    expect(setup.schema).toContain('<Label value="PER"');

    const run = await predictDocuments({ caller: manager, projectId });
    expect(run).toMatchObject({ predicted: 1, spans: 2, dropped: 1, failed: 0, remaining: 0 });
    expect(run.modelServer.documents).toEqual({ total: 1, predicted: 1 });
    const predict = requestsTo("/predict").at(-1)?.body as { tasks: { id: number; data: { text: string } }[]; label_config: string };
    expect(predict.tasks).toEqual([expect.objectContaining({ id: documentId, data: expect.objectContaining({ text }) })]);
    expect(predict.label_config).toBe(setup.schema);

    const prediction = { set: "preannotation", origin: "prediction", modelVersion: "test-ner-1", score: 0.9 };
    expect(await livePredictions(documentId)).toEqual([{ ...tokajew, ...prediction }, { ...chineseName, ...prediction }]);
    const [runRow] = await db.select().from(documentPredictions).where(eq(documentPredictions.documentId, documentId));
    expect(runRow).toMatchObject({ modelVersion: "test-ner-1", spans: 2, dropped: 1 });

    const { items } = await suggestAnnotations({ caller: alice, documentId });
    const suggested = items.filter((item) => item.source === "preannotation");
    // Each names the model that predicted it and its score, for the workspace to show.
    const fromModel = { modelVersion: "test-ner-1", score: 0.9 };
    expect(suggested).toEqual([
      expect.objectContaining({ layer: "entity", ...tokajew, entityTypeId: personTypeId, prediction: fromModel }),
      expect.objectContaining({ layer: "entity", ...chineseName, entityTypeId: personTypeId, prediction: fromModel }),
    ]);

    // Asked again for the document (by an annotator, from the workspace), the model's predictions replace its earlier ones.
    const again = await predictDocuments({ caller: alice, projectId, documentId });
    expect(again).toMatchObject({ predicted: 1, spans: 2 });
    expect(await livePredictions(documentId)).toHaveLength(2);
    const audit = await db.select({ action: events.action, after: events.after }).from(events).where(eq(events.projectId, projectId));
    expect(JSON.stringify(audit)).not.toContain("secret");
  });

  it("counts a prediction as nobody's work until a person accepts it", async () => {
    const { manager, alice, projectId, documentId, personTypeId } = await setUp();
    await setModelServer({ caller: manager, projectId, url: backend.url });
    await predictDocuments({ caller: manager, projectId });
    const exportedQuotes = async () => {
      const { chunks } = await exportProject({ caller: manager, projectId, format: "jsonl", filters: { set: "all" } });
      const lines = (await new Response(exportToReadableStream(chunks)).text()).trim().split("\n");
      return lines.flatMap((line) => ((JSON.parse(line) as { spans?: { quote: string }[] }).spans ?? []).map((span) => span.quote));
    };
    await submitDocument({ caller: alice, documentId });
    expect(await exportedQuotes()).toEqual([]);

    const bob = await insertTestMember(db, projectId, "annotator");
    const [source] = (await suggestAnnotations({ caller: bob, documentId })).items.filter((item) => item.source === "preannotation");
    const sourceAnnotationIds = source?.source === "preannotation" ? [source.id] : [];
    await createSpan({ caller: bob, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId, sourceAnnotationIds } });
    await submitDocument({ caller: bob, documentId });
    expect(await exportedQuotes()).toEqual(["Tokajew"]);
  });

  it("exports the model's pre-annotations with set all, in JSONL and as Label Studio's predictions, and with no other set", async () => {
    const { manager, projectId, documentId } = await setUp();
    await setModelServer({ caller: manager, projectId, url: backend.url });
    await predictDocuments({ caller: manager, projectId });
    const exported = async (format: "jsonl" | "labelstudio", set: "all" | "gold" | "annotators") => {
      const { chunks } = await exportProject({ caller: manager, projectId, format, filters: { set } });
      return new Response(exportToReadableStream(chunks)).text();
    };
    const [line] = (await exported("jsonl", "all")).trim().split("\n");
    const fromModel = { origin: "prediction", modelVersion: "test-ner-1", score: 0.9, layer: "entity", entityType: "PER", stance: null };
    expect((JSON.parse(line!) as { predictions: unknown[] }).predictions).toEqual([
      { id: expect.any(Number), ...fromModel, ...tokajew },
      { id: expect.any(Number), ...fromModel, ...chineseName },
    ]);
    const [task] = JSON.parse(await exported("labelstudio", "all")) as { id: number; predictions: { model_version: string; score: number; result: { value: unknown }[] }[] }[];
    expect(task?.id).toBe(documentId);
    expect(task?.predictions).toEqual([
      {
        model_version: "test-ner-1",
        score: 0.9,
        result: [tokajew, chineseName].map(({ start, end, quote }) => expect.objectContaining({ type: "labels", value: { start, end, text: quote, labels: ["PER"] } })),
      },
    ]);
    for (const set of ["gold", "annotators"] as const) {
      expect(await exported("jsonl", set)).not.toContain("predictions");
      expect(await exported("labelstudio", set)).not.toContain("predictions");
    }
  });

  it("sends the submitted set to /webhook without making the submission wait or fail", async () => {
    const { manager, alice, projectId, documentId, personTypeId } = await setUp();
    await setModelServer({ caller: manager, projectId, url: backend.url });
    await createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } });
    expect((await submitDocument({ caller: alice, documentId })).status).toBe("submitted");
    await expect
      .poll(() => requestsTo("/webhook").find((request) => (request.body as { task: { id: number } }).task.id === documentId)?.body)
      .toMatchObject({
        action: "ANNOTATION_CREATED",
        annotation: { result: [{ type: "labels", value: { start: 13, end: 20, text: "Tokajew", labels: ["PER"] } }] },
      });

    backend.setMode({ kind: "error", status: 500 });
    const other = await insertTestDocument(db, projectId, "Tokajew reiste nach Astana.", "Second");
    expect((await submitDocument({ caller: alice, documentId: other })).status).toBe("submitted");
    await expect.poll(async () => (await getModelServer({ caller: manager, projectId })).modelServer?.status).toBe("failing");
  });

  it("shows a failing server's status with its message and retries, and stores nothing", async () => {
    const { manager, projectId, documentId } = await setUp();
    await setModelServer({ caller: manager, projectId, url: backend.url });
    backend.setMode({ kind: "error", status: 503 });
    const before = requestsTo("/predict").length;
    const run = await predictDocuments({ caller: manager, projectId });
    expect(run).toMatchObject({ predicted: 0, spans: 0, failed: 1, remaining: 1 });
    expect(run.modelServer).toMatchObject({ status: "failing", retries: MODEL_SERVER_RETRIES });
    expect(run.modelServer.lastError).toBe(`${backend.url}predict answered HTTP 503: {"error":"model crashed"}`);
    expect(run.modelServer.lastErrorAt).not.toBeNull();
    expect(requestsTo("/predict").length - before).toBe(MODEL_SERVER_RETRIES + 1);
    expect(await livePredictions(documentId)).toEqual([]);
    expect(await db.select().from(documentPredictions).where(eq(documentPredictions.documentId, documentId))).toEqual([]);

    backend.setMode({ kind: "not-label-studio" });
    const checked = await checkModelServer({ caller: manager, projectId });
    expect(checked.modelServer).toMatchObject({ status: "failing", lastError: "The answer to /health is not Label Studio's: status: expected string, received undefined" });

    backend.setMode({ kind: "ok" });
    expect((await checkModelServer({ caller: manager, projectId })).modelServer).toMatchObject({ status: "ok", lastError: expect.stringContaining("/health") });
  });

  it("gives up on a slow server within its timeout, says so, and never retries a timeout", async () => {
    const { manager, projectId, documentId } = await setUp();
    await setModelServer({ caller: manager, projectId, url: backend.url, timeoutMs: 500 });
    backend.setMode({ kind: "slow", delayMs: 5_000 });
    const before = requestsTo("/health").length;
    const checked = await checkModelServer({ caller: manager, projectId });
    expect(checked.modelServer).toMatchObject({ status: "slow", lastError: `${backend.url}health did not answer within 0.5 s`, retries: 0 });
    expect(requestsTo("/health").length - before).toBe(1);
    const run = await predictDocuments({ caller: manager, projectId });
    expect(run).toMatchObject({ predicted: 0, failed: 1 });
    expect(await livePredictions(documentId)).toEqual([]);
  });

  it("sends at most a few requests at once to one server", async () => {
    const { manager, projectId, admin } = await setUp();
    for (let i = 0; i < 40; i++) await insertTestDocument(db, projectId, `Tokajew Nummer ${i}.`, `Doc ${i}`);
    const own = await startTestModelBackend({ words: { Tokajew: "PER" } });
    try {
      await setModelServer({ caller: manager, projectId, url: own.url });
      own.setMode({ kind: "slow", delayMs: 50 });
      const run = await predictDocuments({ caller: admin, projectId });
      expect(run).toMatchObject({ predicted: 41, failed: 0 });
      expect(own.requests.filter((request) => request.path === "/predict")).toHaveLength(6);
      expect(own.maxConcurrent()).toBe(MODEL_SERVER_CONCURRENCY);
    } finally {
      await own.close();
    }
  });

  it("lets only managers set, test, clear or run the server; members predict only documents they may open", async () => {
    const { manager, alice, projectId, documentId } = await setUp();
    expect(await refusal(setModelServer({ caller: alice, projectId, url: backend.url }))).toBe("forbidden");
    await setModelServer({ caller: manager, projectId, url: backend.url });
    expect(await refusal(getModelServer({ caller: alice, projectId }))).toBe("forbidden");
    expect(await refusal(checkModelServer({ caller: alice, projectId }))).toBe("forbidden");
    expect(await refusal(predictDocuments({ caller: alice, projectId }))).toBe("forbidden");
    expect(await refusal(clearModelServer({ caller: alice, projectId }))).toBe("forbidden");
    const other = await setUpAnnotationProject(db);
    expect(await refusal(predictDocuments({ caller: other.alice, projectId, documentId }))).toBe("not_found");
    expect(await refusal(setModelServer({ caller: manager, projectId, url: "file:///etc/passwd" }))).toBe("unprocessable");
    await clearModelServer({ caller: manager, projectId });
    expect(await getModelServer({ caller: manager, projectId })).toEqual({ modelServer: null });
  });
});
