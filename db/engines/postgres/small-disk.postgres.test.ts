import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Engine, migrateEngine, openEngine, useEngine } from "@/db/client";
import { insertTestDocument, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { databaseUrl } from "@/lib/server/testing/postgres-test-server";
import {
  type FullDiskProject,
  fillDiskAndCheckRefusals,
  fullDiskText,
  storedSpanIds,
  writeAgainOnceSpaceIsBack,
} from "@/lib/server/testing/full-disk-writes";
import { findPostgresBinaries, postgresUserIds, startPostgresCluster, type TestPostgresCluster } from "@/scripts/testing/postgres-cluster";
import { mountSmallDisk, type SmallDisk } from "@/scripts/testing/small-disk";

const MB = 1024 * 1024;

// A cluster of this test's own whose database lives in a tablespace on a tmpfs of 12 MB that
// fills up for real; the write-ahead log stays on the cluster's disk, as on a server whose data
// volume runs out of space.
let cluster: TestPostgresCluster;
let disk: SmallDisk;
let engine: Engine;
let project: FullDiskProject;
beforeAll(async () => {
  const binaries = findPostgresBinaries();
  if (!binaries) throw new Error("This test fills a disk under a PostgreSQL server of its own: it needs PostgreSQL's initdb and pg_ctl");
  // Durable commits: the test kills the server at the end and counts what the log kept.
  cluster = await startPostgresCluster(binaries, { durableCommits: true });
  disk = mountSmallDisk(12 * MB, postgresUserIds() ?? undefined);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`CREATE TABLESPACE small_disk LOCATION ${pg.escapeLiteral(disk.folder)}`);
    await admin.query("CREATE DATABASE claimdesk TABLESPACE small_disk");
  } finally {
    await admin.end();
  }
  engine = openEngine(databaseUrl(cluster.url, "claimdesk"), { poolSize: 5 });
  await migrateEngine(engine);
  useEngine(engine);
  const fixture = await setUpAnnotationProject(engine.db);
  const documentId = await insertTestDocument(engine.db, fixture.projectId, fullDiskText);
  project = { projectId: fixture.projectId, documentId, personTypeId: fixture.personTypeId, annotator: fixture.alice, manager: fixture.admin };
}, 120_000);

afterAll(async () => {
  await engine?.close();
  cluster?.stop();
  disk?.remove();
});

describe("PostgreSQL on a disk that fills up", () => {
  it("answers 507 without storing part of a write, and writes again on the same pool once the disk grows", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { acknowledged, documentsBefore } = await fillDiskAndCheckRefusals(engine.db, project, { articles: 40 });

    disk.resize(128 * MB);
    const afterSpace = await writeAgainOnceSpaceIsBack(engine.db, project, documentsBefore, 40);

    // After a crash and the recovery from the write-ahead log, exactly what was acknowledged.
    await engine.close();
    cluster.kill();
    cluster.restart();
    engine = openEngine(databaseUrl(cluster.url, "claimdesk"), { poolSize: 5 });
    useEngine(engine);
    expect((await storedSpanIds(engine.db, project)).spans).toEqual([...acknowledged, afterSpace]);
  }, 120_000);
});
