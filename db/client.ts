import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { PgDatabase } from "drizzle-orm/pg-core";
import type { NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { env } from "@/lib/server/env";
import { engineKindOf } from "./engine-kind";
import { migratePostgres, openPostgres, type PostgresConnection } from "./engines/postgres/open-postgres";
import { openSqlite, type SqliteConnection } from "./engines/sqlite/open-sqlite";
import type * as description from "./postgres-schema";

/**
 * The one query API every service is written against: drizzle's, typed by the schema
 * description, asynchronous. A transaction (`db.transaction(async (tx) => …)`) is a `Db` too.
 * Both engines run it: PostgreSQL as it is, SQLite through tables derived from the same
 * description (db/schema.ts). Code uses only what both offer: awaited builders, `returning()`,
 * `onConflictDo…`, `sql` fragments in standard SQL; what the engines really do differently sits
 * in one module per concern, each asking `engine.kind`.
 */
export type Db = PgDatabase<NodePgQueryResultHKT, typeof description>;

/** An open database; `url` is what it was opened from (a worker thread opens its own from it). */
export type Engine =
  | { kind: "sqlite"; url: string; db: Db; connection: SqliteConnection; close(): Promise<void> }
  | { kind: "postgres"; url: string; db: Db; connection: PostgresConnection; close(): Promise<void> };

export interface EngineOptions {
  poolSize?: number;
  /** Reads only: SQLite opens the file read-only, without migrating, and reads without locking writers out. */
  readOnly?: boolean;
}

/**
 * Opens the database that `url` names: a `postgres://` URL (a pool of `poolSize` connections;
 * migrate it with `migrateEngine`) or an SQLite file (opened and migrated at once).
 */
export function openEngine(url: string, options: EngineOptions = {}): Engine {
  if (engineKindOf(url) === "postgres") {
    const connection = openPostgres(url, { poolSize: options.poolSize ?? 10 });
    // drizzle's PostgreSQL database is the description's API itself.
    return joinableTransactions({ kind: "postgres", url, db: connection.db, connection, close: connection.close });
  }
  const connection = openSqlite(url, { readOnly: options.readOnly });
  // The SQLite database answers the same calls with the same values (see db/schema.ts).
  return joinableTransactions({ kind: "sqlite", url, db: connection.db as unknown as Db, connection, close: connection.close });
}

/** A transaction under way, and the background work to start once it has committed. */
interface OpenTransaction {
  tx: Db;
  afterCommit: BackgroundStart[];
}

/** Starts background work; the promise it may answer is the work's end (it must never reject). */
type BackgroundStart = () => Promise<unknown> | void;

// The transaction the current async context runs in, so that `getDb()` inside one answers it: a
// service's helpers join their caller's transaction instead of reaching past it (on PostgreSQL,
// for another pooled connection that a full pool would never hand out).
// Kept on globalThis: Next bundles this module more than once (pages, route handlers), and a
// transaction opened through one copy must be seen by getDb() in every other.
const globalForTransactions = globalThis as unknown as { claimdeskOpenTransaction?: AsyncLocalStorage<OpenTransaction> };
const currentTransaction = (globalForTransactions.claimdeskOpenTransaction ??= new AsyncLocalStorage<OpenTransaction>());

function joinableTransactions(engine: Engine): Engine {
  const transaction = engine.db.transaction.bind(engine.db);
  engine.db.transaction = async (work, config) => {
    let open: OpenTransaction | undefined;
    const result = await transaction((tx) => {
      // A transaction run again after a conflict starts afresh, without the work its undone attempt scheduled.
      open = { tx, afterCommit: [] };
      return currentTransaction.run(open, () => work(tx));
    }, config);
    for (const start of open?.afterCommit ?? []) currentTransaction.exit(() => startTracked(start));
    return result;
  };
  return engine;
}

/**
 * Starts background work (nobody awaits it) once the transaction the caller runs in has
 * committed, at once outside a transaction, never after a rollback; the work runs outside the
 * transaction. Work started inside one would read through it (`getDb()` answers the
 * transaction): on PostgreSQL on the transaction's one connection, beside its own statements, and
 * still after the commit had given that connection back to the pool.
 */
export function afterCommit(start: BackgroundStart): void {
  const open = currentTransaction.getStore();
  if (open) open.afterCommit.push(start);
  else startTracked(start);
}

// The background work that afterCommit started and that has not ended yet. On globalThis, as the
// open transaction is.
const globalForWork = globalThis as unknown as { claimdeskBackgroundWork?: Set<Promise<unknown>> };
const backgroundWork = (globalForWork.claimdeskBackgroundWork ??= new Set<Promise<unknown>>());

function startTracked(start: BackgroundStart): void {
  const work = start();
  if (!work) return;
  backgroundWork.add(work);
  const ended = () => backgroundWork.delete(work);
  work.then(ended, ended);
}

/**
 * Settles once the background work started so far has ended, and the work it started in turn: a
 * process that is about to close its database (the set-up, a command) waits for it, so that the
 * work is done rather than cut off mid-query.
 */
export async function backgroundWorkSettled(): Promise<void> {
  while (backgroundWork.size > 0) await Promise.allSettled([...backgroundWork]);
}

/** Applies pending migrations: PostgreSQL's here, SQLite's already when the file was opened. */
export async function migrateEngine(engine: Engine): Promise<void> {
  if (engine.kind === "postgres") await migratePostgres(engine.connection);
}

// One engine per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { claimdeskEngine?: Engine };

export function getEngine(): Engine {
  globalForDb.claimdeskEngine ??= openEngine(env().DATABASE_URL, { poolSize: env().DATABASE_POOL_SIZE });
  return globalForDb.claimdeskEngine;
}

/** Makes `engine` this process's engine (tests, the command line). */
export function useEngine(engine: Engine): void {
  globalForDb.claimdeskEngine = engine;
}

/** The database, or inside a transaction that transaction. */
export function getDb(): Db {
  return currentTransaction.getStore()?.tx ?? getEngine().db;
}
