import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Db, openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";

/**
 * Points this test process at a new, migrated database file. Vitest runs each test file in
 * its own process, so files never share a database.
 */
export function useTestDatabase(): Db {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-test-")), "test.db");
  process.env.DATABASE_URL = file;
  process.env.CLAIMDESK_DEMO = "0";
  const db = openDatabase(file);
  (globalThis as unknown as { claimdeskDb?: Db }).claimdeskDb = db;
  return db;
}

let userCount = 0;

/** Inserts a user directly (no password hashing cost) and returns it as a caller. */
export function insertTestUser(db: Db, options: { isAdmin?: boolean; email?: string } = {}): Caller {
  userCount += 1;
  const email = options.email ?? `user${userCount}@test.example`;
  const row = db
    .insert(users)
    .values({ email, name: `User ${userCount}`, passwordHash: "unusable", isAdmin: options.isAdmin ?? false })
    .returning()
    .get();
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin };
}
