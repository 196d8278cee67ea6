/**
 * The database of a crash-recovery spec: a new SQLite file, or a new database on the test PostgreSQL
 * server (CLAIMDESK_TEST_POSTGRES_URL's, or a throwaway cluster), which only that spec's own app
 * server uses. The spec reads it directly to see what a killed server left behind.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseUrl } from "../../lib/server/testing/postgres-test-server";
import { planTestPostgres, startTestPostgres } from "../../scripts/testing/postgres-cluster";
import { createDatabase, dropDatabases } from "../../scripts/testing/postgres-test-databases";

export type CrashEngine = "sqlite" | "postgres";

export interface CrashDatabase {
  engine: CrashEngine;
  /** What the app servers get as DATABASE_URL. */
  url: string;
  /** The rows of a query; `?` marks its parameters on either engine. */
  rows<T>(query: string, ...params: unknown[]): Promise<T[]>;
  /** Whether a transaction holds writes it has not committed yet. */
  writeInProgress(): Promise<boolean>;
  /** What the engine's own checks find wrong with the stored file (SQLite); empty when nothing. */
  integrityProblems(): Promise<string[]>;
  dispose(): Promise<void>;
}

export async function createCrashDatabase(engine: CrashEngine): Promise<CrashDatabase> {
  return engine === "sqlite" ? sqliteDatabase() : postgresDatabase();
}

function sqliteDatabase(): CrashDatabase {
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-crash-"));
  const file = path.join(folder, "claimdesk.db");
  // A connection per look, so that none is open while a server is killed and another starts.
  const withConnection = <T>(work: (sqlite: Database.Database) => T): T => {
    const sqlite = new Database(file, { timeout: 0 });
    try {
      return work(sqlite);
    } finally {
      sqlite.close();
    }
  };
  return {
    engine: "sqlite",
    url: file,
    rows: async <T>(query: string, ...params: unknown[]) => withConnection((sqlite) => sqlite.prepare(query).all(...params) as T[]),
    writeInProgress: async () =>
      withConnection((sqlite) => {
        // The app takes the write lock at the start of each transaction (BEGIN IMMEDIATE).
        try {
          sqlite.exec("BEGIN IMMEDIATE; ROLLBACK");
          return false;
        } catch (error) {
          if (error instanceof Database.SqliteError && error.code.startsWith("SQLITE_BUSY")) return true;
          throw error;
        }
      }),
    integrityProblems: async () =>
      withConnection((sqlite) => {
        const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
        const foreignKeys = (sqlite.pragma("foreign_key_check") as { table: string; rowid: number }[]).map(
          (row) => `${row.table} row ${row.rowid} names a missing row`,
        );
        return [...integrity.filter((line) => line !== "ok"), ...foreignKeys];
      }),
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

async function postgresDatabase(): Promise<CrashDatabase> {
  const plan = planTestPostgres();
  if (plan.kind === "unavailable") throw new Error(plan.reason);
  const server = await startTestPostgres(plan);
  const name = `claimdesk_crash_${randomBytes(4).toString("hex")}`;
  await createDatabase(server.url, name);
  const url = databaseUrl(server.url, name);
  const withClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    engine: "postgres",
    url,
    rows: <T>(query: string, ...params: unknown[]) =>
      withClient(async (client) => {
        let n = 0;
        const result = await client.query(query.replace(/\?/g, () => `$${++n}`), params);
        return result.rows as T[];
      }),
    // A session that has written in its open transaction has a transaction id of its own.
    writeInProgress: () =>
      withClient(async (client) => {
        const { rows } = await client.query(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
        );
        return Number(rows[0]?.n) > 0;
      }),
    // The server checks its own pages and constraints; what a crash could leave is checked by the spec.
    integrityProblems: async () => [],
    dispose: async () => {
      if (plan.kind === "server") await dropDatabases(server.url, name);
      server.stop();
    },
  };
}
