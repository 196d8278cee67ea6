import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { type Db, type Engine, openEngine, useEngine } from "@/db/client";
import { processEngineKind } from "@/db/engine-kind";
import { users } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { postgresTemplateDatabase, testDatabasePrefix, testServerUrl } from "./postgres-test-server";

let databaseCount = 0;

/**
 * Points this test process at a new, migrated database of the engine the suite runs on: an
 * SQLite file, or a PostgreSQL database copied from the migrated template that the suite's
 * global set-up made. Vitest runs each test file in its own process, so files never share one.
 */
export async function useTestDatabase(): Promise<Db> {
  process.env.CLAIMDESK_DEMO = "0";
  const engine = processEngineKind() === "postgres" ? await newPostgresDatabase() : newSqliteDatabase();
  useEngine(engine);
  return engine.db;
}

function newSqliteDatabase(): Engine {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-test-")), "test.db");
  process.env.DATABASE_URL = file;
  return openEngine(file);
}

async function newPostgresDatabase(): Promise<Engine> {
  databaseCount += 1;
  const name = `${testDatabasePrefix(process.env.CLAIMDESK_TEST_POSTGRES_RUN ?? "0")}${process.pid}_${databaseCount}`;
  const admin = new pg.Client({ connectionString: testServerUrl("postgres") });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplateDatabase}`);
        break;
      } catch (error) {
        // Another run's set-up is migrating the template on a shared server: wait for it.
        const templateInUse = error instanceof pg.DatabaseError && error.code === "55006";
        if (!templateInUse || attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await admin.end();
  }
  const url = testServerUrl(name);
  process.env.DATABASE_URL = url;
  return openEngine(url, { poolSize: 5 });
}

let userCount = 0;

/** Inserts a user directly (no password hashing cost) and returns it as a caller. */
export async function insertTestUser(db: Db, options: { isAdmin?: boolean; email?: string } = {}): Promise<Caller> {
  userCount += 1;
  const email = options.email ?? `user${userCount}@test.example`;
  const [row] = await db
    .insert(users)
    .values({ email, name: `User ${userCount}`, passwordHash: "unusable", isAdmin: options.isAdmin ?? false })
    .returning();
  if (!row) throw new Error("the test user was not stored");
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin };
}
