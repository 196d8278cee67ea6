import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Engine, openEngine, useEngine } from "@/db/client";
import { insertTestDocument, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import {
  type FullDiskProject,
  fillDiskAndCheckRefusals,
  fullDiskText,
  storedSpanIds,
  writeAgainOnceSpaceIsBack,
} from "@/lib/server/testing/full-disk-writes";
import { mountSmallDisk, type SmallDisk } from "@/scripts/testing/small-disk";

const MB = 1024 * 1024;

// The database, its write-ahead log and shared memory on a tmpfs of 4 MB that fills up for real.
let disk: SmallDisk;
let engine: Engine;
let project: FullDiskProject;
beforeAll(async () => {
  process.env.CLAIMDESK_DEMO = "0";
  disk = mountSmallDisk(4 * MB);
  const file = path.join(disk.folder, "claimdesk.db");
  process.env.DATABASE_URL = file;
  engine = openEngine(file);
  useEngine(engine);
  const fixture = await setUpAnnotationProject(engine.db);
  const documentId = await insertTestDocument(engine.db, fixture.projectId, fullDiskText);
  project = { projectId: fixture.projectId, documentId, personTypeId: fixture.personTypeId, annotator: fixture.alice, manager: fixture.admin };
});

afterAll(async () => {
  await engine?.close();
  disk?.remove();
});

function checkFile(sqliteEngine: Engine): void {
  if (sqliteEngine.kind !== "sqlite") throw new Error("this test runs on SQLite");
  expect(sqliteEngine.connection.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(sqliteEngine.connection.sqlite.pragma("foreign_key_check")).toEqual([]);
}

describe("SQLite on a disk that fills up", () => {
  it("answers 507 without storing part of a write, keeps the file intact, and writes again once the disk grows", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { acknowledged, documentsBefore } = await fillDiskAndCheckRefusals(engine.db, project, { articles: 40 });
    checkFile(engine);

    // Space freed: the same running engine writes again, spans and a whole import.
    disk.resize(64 * MB);
    const afterSpace = await writeAgainOnceSpaceIsBack(engine.db, project, documentsBefore, 40);
    checkFile(engine);

    // Opened afresh, the file holds exactly what was acknowledged.
    await engine.close();
    engine = openEngine(path.join(disk.folder, "claimdesk.db"));
    useEngine(engine);
    expect((await storedSpanIds(engine.db, project)).spans).toEqual([...acknowledged, afterSpace]);
    checkFile(engine);
  });
});
