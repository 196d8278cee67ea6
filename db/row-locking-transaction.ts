import "server-only";
import { storingAnswer } from "@/lib/server/http/idempotent-writes";
import { type Db, getDb, getEngine } from "./client";

/**
 * A transaction whose rules hold through the rows it locks: before it checks anything, it takes
 * (updates) the one row that stands for what it changes, so that every transaction changing the
 * same thing waits for the one before it. On PostgreSQL it runs READ COMMITTED, without the
 * predicate locks of SERIALIZABLE: those cover index pages and, on small tables, whole tables, so
 * that annotators saving side by side in different documents fail each other's transactions and
 * retry. Each statement of a READ COMMITTED transaction sees what committed before it began, the
 * locked row included. SQLite runs it as every write transaction, holding the database
 * (BEGIN IMMEDIATE). Inside another transaction it is a savepoint of that one, at its level.
 * The outermost one of a write sent with an Idempotency-Key stores the write's answer with its
 * changes (lib/server/http/idempotent-writes.ts).
 */
export async function rowLockingTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  const db = getDb();
  const config = { isolationLevel: "read committed" } as const;
  if (db !== getEngine().db) return db.transaction(work, config);
  const keyed = storingAnswer(work);
  const result = await db.transaction(keyed.work, config);
  keyed.committed();
  return result;
}
