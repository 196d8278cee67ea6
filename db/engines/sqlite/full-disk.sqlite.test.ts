import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, getEngine } from "@/db/client";
import { insertTestDocument, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import {
  documentCount,
  type FullDiskProject,
  fullDiskText,
  importArticles,
  saveSpan,
  saveSpansUntilRefused,
  storageFullAnswer,
  storedSpanIds,
} from "@/lib/server/testing/full-disk-writes";
import { useTestDatabase } from "@/lib/server/testing/test-database";

let db: Db;
let project: FullDiskProject;
beforeAll(async () => {
  db = await useTestDatabase();
  const fixture = await setUpAnnotationProject(db);
  const documentId = await insertTestDocument(db, fixture.projectId, fullDiskText);
  project = { projectId: fixture.projectId, documentId, personTypeId: fixture.personTypeId, annotator: fixture.alice, manager: fixture.admin };
});

/*
 * A full disk, simulated without root and on any machine: SQLite's `max_page_count`, set on the very
 * connection the services write through, lets the database grow by a few pages only. Past them SQLite
 * fails a write exactly as it does when the disk refuses one (SQLITE_FULL, the transaction undone),
 * and raising the limit again stands for space freed on the disk, with the app left running.
 * small-disk.sqlite.test.ts fills a real tmpfs where the machine allows mounting one.
 */
describe("a full disk on SQLite, as a page limit", () => {
  it("answers 507 without storing part of a write, keeps the file intact, and writes again once space is back", async () => {
    const engine = getEngine();
    if (engine.kind !== "sqlite") throw new Error("this test runs on SQLite");
    const { sqlite } = engine.connection;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const unlimited = Number(sqlite.pragma("max_page_count", { simple: true }));
    sqlite.pragma(`max_page_count = ${Number(sqlite.pragma("page_count", { simple: true })) + 8}`);

    const { acknowledged, refusal } = await saveSpansUntilRefused(project, 500);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(refusal).toEqual(storageFullAnswer);

    // A request that writes many rows in one transaction fails as a whole.
    const documentsBefore = await documentCount(db, project.projectId);
    expect(await importArticles(project, 50)).toEqual(storageFullAnswer);
    expect(await documentCount(db, project.projectId)).toBe(documentsBefore);

    // Reads go on; every acknowledged span is there with its audit event, and nothing else.
    const listed = await listAnnotations({ caller: project.annotator, documentId: project.documentId });
    expect(listed.spans.map((span) => span.id).sort((a, b) => a - b)).toEqual(acknowledged);
    expect(await storedSpanIds(db, project)).toEqual({ spans: acknowledged, created: acknowledged });
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");

    sqlite.pragma(`max_page_count = ${unlimited}`);
    await saveSpan(project, "written once space is back");
    expect((await importArticles(project, 1)).status).toBe(200);
    expect(await documentCount(db, project.projectId)).toBe(documentsBefore + 1);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
