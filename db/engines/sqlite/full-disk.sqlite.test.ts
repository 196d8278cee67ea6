import type { NextRequest } from "next/server";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, getEngine } from "@/db/client";
import { annotations, documents, events } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { insertTestDocument, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { AppError } from "@/lib/server/errors";
import { useTestDatabase } from "@/lib/server/testing/test-database";

// The routes resolve their caller from the session or a Bearer token; here the test picks it.
let currentCaller: Caller | null = null;
vi.mock(import("@/lib/server/auth/caller"), async (importOriginal) => ({
  ...(await importOriginal()),
  requireCaller: async () => {
    if (!currentCaller) throw new AppError("unauthorized", "Sign in or send an API token");
    return currentCaller;
  },
}));

const spansRoute = await import("@/app/api/documents/[documentId]/annotations/route");
const documentsRoute = await import("@/app/api/projects/[projectId]/documents/route");

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";
const tokajew = { start: 10, end: 17, quote: "Tokajew" };

let db: Db;
let fixture: Awaited<ReturnType<typeof setUpAnnotationProject>> & { documentId: number };
beforeAll(async () => {
  db = await useTestDatabase();
  const project = await setUpAnnotationProject(db);
  fixture = { ...project, documentId: await insertTestDocument(db, project.projectId, text) };
});

function postJson(url: string, body: unknown): NextRequest {
  return new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) as unknown as NextRequest;
}

function postSpan(note: string): Promise<Response> {
  const documentId = String(fixture.documentId);
  const span = { layer: "entity", ...tokajew, entityTypeId: fixture.personTypeId, note };
  return spansRoute.POST(postJson(`http://localhost/api/documents/${documentId}/annotations`, span), { params: Promise.resolve({ documentId }) });
}

function importTexts(texts: string[]): Promise<Response> {
  const projectId = String(fixture.projectId);
  const body = { documents: texts.map((text, i) => ({ title: `Filler ${i}`, text })) };
  return documentsRoute.POST(postJson(`http://localhost/api/projects/${projectId}/documents`, body), { params: Promise.resolve({ projectId }) });
}

const storageFull = {
  error: { code: "storage_full", message: "The database's disk is full, so nothing was saved; writes work again once space is freed" },
};

/*
 * A full disk, simulated without root and on any machine: SQLite's `max_page_count`, set on the very
 * connection the routes write through, lets the database grow by a few pages only. Past them SQLite
 * fails a write exactly as it does when the disk refuses one (SQLITE_FULL, the transaction undone),
 * and raising the limit again stands for space freed on the disk, with the app left running.
 */
describe("a full disk on SQLite", () => {
  it("answers 507 without storing part of a write, keeps the file intact, and writes again once space is back", async () => {
    const engine = getEngine();
    if (engine.kind !== "sqlite") throw new Error("this test runs on SQLite");
    const { sqlite } = engine.connection;
    vi.spyOn(console, "error").mockImplementation(() => {});
    currentCaller = fixture.alice;
    const unlimited = Number(sqlite.pragma("max_page_count", { simple: true }));
    sqlite.pragma(`max_page_count = ${Number(sqlite.pragma("page_count", { simple: true })) + 8}`);

    const acknowledged: number[] = [];
    let refused: Response | undefined;
    for (let attempt = 0; attempt < 500 && !refused; attempt++) {
      const response = await postSpan(`${attempt} `.padEnd(4000, "x"));
      if (response.status === 201) acknowledged.push(((await response.json()) as { id: number }).id);
      else refused = response;
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refused?.status).toBe(507);
    expect(await refused?.json()).toEqual(storageFull);

    // A request that writes many rows in one transaction fails as a whole.
    currentCaller = fixture.admin;
    const documentsBefore = await db.select({ n: count() }).from(documents);
    const importResponse = await importTexts(Array.from({ length: 50 }, (_, i) => `Filler article ${i}. `.repeat(200)));
    expect(importResponse.status).toBe(507);
    expect(await importResponse.json()).toEqual(storageFull);
    expect(await db.select({ n: count() }).from(documents)).toEqual(documentsBefore);

    // Reads go on; every acknowledged span is there with its audit event, and nothing else.
    currentCaller = fixture.alice;
    const documentId = String(fixture.documentId);
    const listed = await spansRoute.GET(new Request(`http://localhost/api/documents/${documentId}/annotations`) as unknown as NextRequest, {
      params: Promise.resolve({ documentId }),
    });
    expect(listed.status).toBe(200);
    const stored = await db.select({ id: annotations.id }).from(annotations).where(eq(annotations.documentId, fixture.documentId));
    expect(stored.map((row) => row.id).sort((a, b) => a - b)).toEqual(acknowledged);
    const created = await db.select({ id: events.subjectId }).from(events).where(eq(events.action, "annotation.create"));
    expect(created.map((row) => row.id ?? 0).sort((a, b) => a - b)).toEqual(acknowledged);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");

    sqlite.pragma(`max_page_count = ${unlimited}`);
    const afterSpace = await postSpan("written once space is back");
    expect(afterSpace.status).toBe(201);
    currentCaller = fixture.admin;
    expect((await importTexts(["An article imported once space is back."])).status).toBe(200);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
