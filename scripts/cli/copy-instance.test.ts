import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, count, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "@/db/client";
import { processEngineKind } from "@/db/engine-kind";
import * as sqliteTables from "@/db/engines/sqlite/sqlite-schema";
import * as description from "@/db/postgres-schema";
import { testDatabasePrefix, testServerUrl } from "@/lib/server/testing/postgres-test-server";
import { copyInstance, type CopyReport } from "./copy-instance";

// SQLite to SQLite on every suite; through PostgreSQL on the PostgreSQL suite.
const onPostgresSuite = processEngineKind() === "postgres";

let dir: string;
let seeded: string;

// As in db/schema.ts: SQLite's derived tables answer the description's calls.
const sqlite = sqliteTables as unknown as typeof description;

/** A demo instance made as a new install makes it (db-setup), plus rows that test the copy's edges. */
async function seedInstance(file: string): Promise<void> {
  const setup = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], {
    env: { ...process.env, DATABASE_URL: file, CLAIMDESK_DEMO: "1" },
    encoding: "utf8",
  });
  if (setup.status !== 0) throw new Error(`db-setup failed: ${setup.stderr}`);
  const engine = openEngine(file);
  try {
    const db = engine.db;
    const [project] = await db.select().from(sqlite.projects).limit(1);
    const [document] = await db.select().from(sqlite.documents).orderBy(asc(sqlite.documents.id)).limit(1);
    const [admin] = await db.select().from(sqlite.users).where(eq(sqlite.users.isAdmin, true)).limit(1);
    if (!project || !document || !admin) throw new Error("the demo seed is missing");
    await db.update(sqlite.users).set({ disabledAt: new Date(1_700_000_000_123) }).where(eq(sqlite.users.email, "bob@example.com"));
    const span = { projectId: project.id, documentId: document.id, authorId: admin.id, set: "annotator" as const, start: 0, end: 1 };
    const quote = Array.from(document.text)[0] ?? "";
    // The claim names as its claimant a mention stored after it: a link to a greater id.
    const [claim] = await db.insert(sqlite.annotations).values({ ...span, layer: "claim", quote, stance: "favor" }).returning();
    const [mention] = await db.insert(sqlite.annotations).values({ ...span, layer: "entity", quote, note: "zażółć 托卡耶夫 😀" }).returning();
    if (!claim || !mention) throw new Error("the spans were not stored");
    await db.update(sqlite.annotations).set({ claimantMentionId: mention.id }).where(eq(sqlite.annotations.id, claim.id));
    await db.insert(sqlite.annotations).values({
      ...span,
      set: "gold",
      layer: "entity",
      quote,
      origin: "adjudication",
      sourceAnnotationIds: [mention.id, claim.id],
      deletedAt: new Date(1_700_000_000_999),
    });
    await db.insert(sqlite.events).values({
      actorId: admin.id,
      projectId: project.id,
      action: "copy.test",
      subjectType: "annotation",
      subjectId: claim.id,
      // Keys out of order and nested: PostgreSQL's jsonb stores them in an order of its own.
      before: { zeta: 1, alpha: { y: [true, null, 1.5], b: "ü" }, "10": "ten", "2": "two" },
      after: null,
    });
    await db.insert(sqlite.loginFailures).values({ key: "ip:127.0.0.1" });
  } finally {
    await engine.close();
  }
}

const checksums = (report: CopyReport) => Object.fromEntries(report.tables.map((t) => [t.table, t.target]));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "claimdesk-copy-"));
  seeded = path.join(dir, "seeded.db");
  await seedInstance(seeded);
}, 120_000);

describe("db:copy between SQLite files", () => {
  let report: CopyReport;
  const target = () => path.join(dir, "copy.db");

  it("copies every table with its ids, verified by row counts and checksums", async () => {
    report = await copyInstance({ from: seeded, to: target(), batchSize: 7 });
    expect(report.verified).toBe(true);
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.target.rows]));
    expect(rows).toMatchObject({ users: 4, documents: 5, annotations: 3, memberships: 4, events: expect.any(Number) as number });
    expect(report.searchIndexed).toBe(5);
    // Parents come first.
    const order = report.tables.map((t) => t.table);
    expect(order.indexOf("projects")).toBeLessThan(order.indexOf("documents"));
    expect(order.indexOf("annotations")).toBeLessThan(order.indexOf("relations"));
  });

  it("keeps the forward link of a claim to its claimant mention, and finds documents in the rebuilt index", async () => {
    const engine = openEngine(target());
    try {
      const claims = await engine.db.select().from(sqlite.annotations).where(eq(sqlite.annotations.layer, "claim"));
      expect(claims[0]?.claimantMentionId).toBeGreaterThan(claims[0]?.id ?? Number.MAX_SAFE_INTEGER);
      if (engine.kind !== "sqlite") throw new Error("the copy is an SQLite file");
      const indexed = await engine.connection.withConnection(
        (connection) => connection.prepare("SELECT count(*) FROM documents_search WHERE documents_search MATCH 'sankcji'").pluck().get() as number,
      );
      expect(indexed).toBeGreaterThan(0);
      // New rows get new ids.
      const [user] = await engine.db.insert(sqlite.users).values({ email: "new@test.example", name: "New", passwordHash: "x" }).returning();
      expect(user?.id).toBe(5);
    } finally {
      await engine.close();
    }
  });

  it("refuses a target that holds any row, and a source that does not exist", async () => {
    await expect(copyInstance({ from: seeded, to: target() })).rejects.toThrow(/is not empty \(table users has rows\)/);
    await expect(copyInstance({ from: path.join(dir, "missing.db"), to: path.join(dir, "other.db") })).rejects.toThrow(/does not exist/);
    await expect(copyInstance({ from: seeded, to: seeded })).rejects.toThrow(/another database than the source/);
  });
});

describe.runIf(onPostgresSuite)("db:copy through PostgreSQL", () => {
  // Named as the run's test databases are, so that the run drops it even if this file cannot.
  const database = `${testDatabasePrefix(process.env.CLAIMDESK_TEST_POSTGRES_RUN ?? "0")}copy_${process.pid}`;
  let url: string;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: testServerUrl("postgres") });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    url = testServerUrl(database);
    await admin(`CREATE DATABASE ${database}`);
  });
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

  it("copies SQLite to PostgreSQL and back to a new SQLite file with equal checksums", async () => {
    const there = await copyInstance({ from: seeded, to: url, batchSize: 3 });
    expect(there.verified).toBe(true);
    const back = await copyInstance({ from: url, to: path.join(dir, "back.db") });
    expect(back.verified).toBe(true);
    expect(checksums(back)).toEqual(checksums(there));
    const direct = await copyInstance({ from: seeded, to: path.join(dir, "direct.db") });
    expect(checksums(direct)).toEqual(checksums(there));
    expect(back.searchIndexed).toBe(5);
  });

  it("moves the identity sequences past the copied ids and fills the search index", async () => {
    const engine = openEngine(url, { poolSize: 1 });
    try {
      const [user] = await engine.db.insert(description.users).values({ email: "new@test.example", name: "New", passwordHash: "x" }).returning();
      expect(user?.id).toBe(5);
      const [annotationCount] = await engine.db.select({ n: count() }).from(description.annotations);
      const [span] = await engine.db
        .insert(description.annotations)
        .values({ projectId: 1, documentId: 1, authorId: 1, set: "annotator", layer: "entity", start: 0, end: 0, quote: "" })
        .returning();
      expect(span?.id).toBe((annotationCount?.n ?? 0) + 1);
      if (engine.kind !== "postgres") throw new Error("the copy is a PostgreSQL database");
      const { rows } = await engine.connection.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM documents_search");
      expect(rows[0]?.n).toBe(5);
    } finally {
      await engine.close();
    }
  });

  it("refuses a PostgreSQL target that holds any row", async () => {
    await expect(copyInstance({ from: seeded, to: url })).rejects.toThrow(/is not empty \(table users has rows\)/);
  });
});
