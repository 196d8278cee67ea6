import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, documentPredictions } from "@/db/schema";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";
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

async function setUp() {
  const project = await setUpAnnotationProject(db);
  const manager = await insertTestMember(db, project.projectId, "manager");
  const documentId = await insertTestDocument(db, project.projectId, `Tokajew sprach in Astana (${project.projectId}).`);
  await setModelServer({ caller: manager, projectId: project.projectId, url: backend.url });
  backend.setMode({ kind: "ok" });
  return { ...project, documentId };
}

const predictsFor = (documentId: number) =>
  backend.requests.filter((request) => request.path === "/predict" && (request.body as { tasks: { id: number }[] }).tasks.some((task) => task.id === documentId)).length;

const preannotations = (documentId: number) =>
  db
    .select({ quote: annotations.quote, origin: annotations.origin })
    .from(annotations)
    .where(and(eq(annotations.documentId, documentId), eq(annotations.set, "preannotation"), isNull(annotations.deletedAt)));

describe("predictOnOpen", () => {
  it("predicts a document opened without a prediction, once", async () => {
    const { alice, documentId } = await setUp();
    await predictOnOpen({ caller: alice, documentId });
    expect(await preannotations(documentId)).toEqual([{ quote: "Tokajew", origin: "prediction" }]);
    await predictOnOpen({ caller: alice, documentId });
    expect(predictsFor(documentId)).toBe(1);
  });

  it("never throws for a failing server, stores nothing, and leaves it alone for a while after", async () => {
    const { alice, documentId } = await setUp();
    backend.setMode({ kind: "error", status: 500 });
    await predictOnOpen({ caller: alice, documentId });
    expect(await preannotations(documentId)).toEqual([]);
    expect(await db.select().from(documentPredictions).where(eq(documentPredictions.documentId, documentId))).toEqual([]);
    const asked = predictsFor(documentId);
    await predictOnOpen({ caller: alice, documentId });
    expect(predictsFor(documentId)).toBe(asked);
  });

  it("asks nothing for a caller who may not open the document", async () => {
    const { documentId } = await setUp();
    const outsider = (await setUpAnnotationProject(db)).alice;
    await predictOnOpen({ caller: outsider, documentId });
    expect(predictsFor(documentId)).toBe(0);
    expect(await preannotations(documentId)).toEqual([]);
  });
});
