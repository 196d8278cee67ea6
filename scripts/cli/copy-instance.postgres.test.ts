import { spawnSync } from "node:child_process";
import path from "node:path";
import { count } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "@/db/client";
import * as description from "@/db/postgres-schema";
import { testDatabasePrefix, testServerUrl } from "@/lib/server/testing/postgres-test-server";
import { copyInstance } from "./copy-instance";
import { checksums, copiedMetadataJson, useSeededInstance } from "./copy-instance-test-fixtures";

// Needs the PostgreSQL suite's server (*.postgres.test.ts).
const instance = useSeededInstance();

/** What `claimdesk export` writes for the demo project of the database at `url`. */
function exportedBy(url: string, format: string): string {
  const run = spawnSync(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/claimdesk.ts", "export", "--project", "1", "--format", format, "--set", "all"],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`export --format ${format} failed: ${run.stderr}`);
  return run.stdout;
}

describe("db:copy through PostgreSQL", { timeout: 60_000 }, () => {
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
    const there = await copyInstance({ from: instance.seeded(), to: url, batchSize: 3 });
    expect(there.verified).toBe(true);
    const back = await copyInstance({ from: url, to: path.join(instance.dir(), "back.db") });
    expect(back.verified).toBe(true);
    expect(checksums(back)).toEqual(checksums(there));
    const direct = await copyInstance({ from: instance.seeded(), to: path.join(instance.dir(), "direct.db") });
    expect(checksums(direct)).toEqual(checksums(there));
    expect(back.searchIndexed).toBe(25);
  });

  it("exports the copy byte for byte as the SQLite original, metadata keys in the order stored", () => {
    const jsonl = exportedBy(url, "jsonl");
    expect(jsonl).toContain(`"metadata":${copiedMetadataJson},"spans":`);
    expect(jsonl).toBe(exportedBy(instance.seeded(), "jsonl"));
    expect(exportedBy(url, "labelstudio")).toBe(exportedBy(instance.seeded(), "labelstudio"));
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
      expect(rows[0]?.n).toBe(25);
    } finally {
      await engine.close();
    }
  });

  it("refuses a PostgreSQL target that holds any row", async () => {
    await expect(copyInstance({ from: instance.seeded(), to: url })).rejects.toThrow(/is not empty \(table users has rows\)/);
  });
});
