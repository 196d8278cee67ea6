import { beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, getEngine } from "@/db/client";
import { insertTestDocument, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { type FullDiskProject, fillDiskAndCheckRefusals, fullDiskText, writeAgainOnceSpaceIsBack } from "@/lib/server/testing/full-disk-writes";
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

    const { documentsBefore } = await fillDiskAndCheckRefusals(db, project, { articles: 50, mostSpans: 500 });
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");

    sqlite.pragma(`max_page_count = ${unlimited}`);
    await writeAgainOnceSpaceIsBack(db, project, documentsBefore, 1);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
