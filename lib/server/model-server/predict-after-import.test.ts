import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, documentPredictions } from "@/db/schema";
import { insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { importDocuments } from "@/lib/server/documents/import-documents";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { MODEL_SERVER_CONCURRENCY } from "./endpoint-semaphore";
import { getModelServer } from "./get-model-server";
import { startTestModelBackend, type TestModelBackend } from "./label-studio-test-backend";
import { predictOnOpen } from "./predict-on-open";
import { setModelServer } from "./set-model-server";

let db: Db;
let backend: TestModelBackend;
beforeAll(async () => {
  db = await useTestDatabase();
  backend = await startTestModelBackend({ words: { Tokajew: "PER" } });
});
afterAll(async () => {
  await backend.close();
});

async function setUp(options: { withServer: boolean }) {
  const project = await setUpAnnotationProject(db);
  const manager = await insertTestMember(db, project.projectId, "manager");
  backend.setMode({ kind: "ok" });
  if (options.withServer) await setModelServer({ caller: manager, projectId: project.projectId, url: backend.url });
  return { ...project, manager };
}

const articles = (projectId: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ title: `Artikel ${i}`, text: `Präsident Tokajew sprach in Astana (${projectId}, ${i}).` }));

const predictedQuotes = (documentIds: number[]) =>
  db
    .select({ documentId: annotations.documentId, quote: annotations.quote, origin: annotations.origin })
    .from(annotations)
    .where(and(inArray(annotations.documentId, documentIds), eq(annotations.set, "preannotation"), isNull(annotations.deletedAt)))
    .orderBy(annotations.documentId);

const predictsFor = (documentIds: number[]) =>
  backend.requests.filter(
    (request) => request.path === "/predict" && (request.body as { tasks: { id: number }[] }).tasks.some((task) => documentIds.includes(task.id)),
  ).length;

describe("predictions after an import", () => {
  it("predicts the imported documents once the import has answered, without making it wait", async () => {
    const { manager, projectId } = await setUp({ withServer: true });
    backend.setMode({ kind: "held" });
    const report = await importDocuments({ caller: manager, projectId, documents: articles(projectId, 3) });
    const ids = report.imported.map((document) => document.id);
    expect(ids).toHaveLength(3);
    // The server holds its answer: the import has answered all the same, and nothing is stored yet.
    await expect.poll(() => predictsFor(ids)).toBe(1);
    expect(await predictedQuotes(ids)).toEqual([]);

    backend.setMode({ kind: "ok" });
    await expect.poll(async () => (await predictedQuotes(ids)).length).toBe(3);
    expect(await predictedQuotes(ids)).toEqual(ids.map((documentId) => ({ documentId, quote: "Tokajew", origin: "prediction" })));
    expect((await getModelServer({ caller: manager, projectId })).modelServer).toMatchObject({ status: "ok", documents: { total: 3, predicted: 3 } });
  });

  it("asks once for a document opened while its import's predictions are under way", async () => {
    const { manager, projectId } = await setUp({ withServer: true });
    backend.setMode({ kind: "held" });
    const report = await importDocuments({ caller: manager, projectId, documents: articles(projectId, 2) });
    const ids = report.imported.map((document) => document.id);
    await expect.poll(() => predictsFor(ids)).toBe(1);
    // Opened while the import's request is held: it waits for that answer instead of asking again.
    await predictOnOpen({ caller: manager, documentId: ids[0]! });
    expect(predictsFor(ids)).toBe(1);

    backend.setMode({ kind: "ok" });
    await expect.poll(async () => (await predictedQuotes(ids)).length).toBe(2);
    expect(predictsFor(ids)).toBe(1);
  });

  it("sends a large import a few requests at a time and predicts every document", async () => {
    const { manager, projectId } = await setUp({ withServer: true });
    const own = await startTestModelBackend({ words: { Tokajew: "PER" } });
    try {
      await setModelServer({ caller: manager, projectId, url: own.url });
      own.setMode({ kind: "slow", delayMs: 20 });
      const report = await importDocuments({ caller: manager, projectId, documents: articles(projectId, 150) });
      const ids = report.imported.map((document) => document.id);
      await expect.poll(async () => (await db.select().from(documentPredictions).where(inArray(documentPredictions.documentId, ids))).length, { timeout: 20_000 }).toBe(150);
      // 150 documents: three rounds of 64, 64 and 22, 8 tasks a request.
      expect(own.requests.filter((request) => request.path === "/predict")).toHaveLength(8 + 8 + 3);
      expect(own.maxConcurrent()).toBe(MODEL_SERVER_CONCURRENCY);
    } finally {
      await own.close();
    }
  });

  it("imports whole when the server fails, which then shows only in its status", async () => {
    const { manager, projectId } = await setUp({ withServer: true });
    backend.setMode({ kind: "error", status: 500 });
    const report = await importDocuments({ caller: manager, projectId, documents: articles(projectId, 2) });
    expect(report.imported).toHaveLength(2);
    expect(report.errors).toEqual([]);
    await expect.poll(async () => (await getModelServer({ caller: manager, projectId })).modelServer?.status).toBe("failing");
    const ids = report.imported.map((document) => document.id);
    expect(await predictedQuotes(ids)).toEqual([]);
    expect(await db.select().from(documentPredictions).where(inArray(documentPredictions.documentId, ids))).toEqual([]);
  });

  it("asks nothing for a project without a model server", async () => {
    const { manager, projectId } = await setUp({ withServer: false });
    const before = backend.requests.length;
    const report = await importDocuments({ caller: manager, projectId, documents: articles(projectId, 2) });
    const ids = report.imported.map((document) => document.id);
    // A project with a server imported afterwards is predicted; the first one's documents never are.
    const other = await setUp({ withServer: true });
    const later = await importDocuments({ caller: other.manager, projectId: other.projectId, documents: articles(other.projectId, 1) });
    await expect.poll(async () => (await predictedQuotes(later.imported.map((document) => document.id))).length).toBe(1);
    expect(predictsFor(ids)).toBe(0);
    expect(backend.requests.length - before).toBe(1);
  });
});
