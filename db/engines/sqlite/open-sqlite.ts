import Database from "better-sqlite3";
import { drizzle as drizzleSync } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fillSourceSitesSqlite } from "../../fill-source-sites";
import * as tables from "./sqlite-schema";
import { StatementCache } from "./statement-cache";
import { TransactionGate } from "./transaction-gate";

export const sqliteMigrationsFolder = path.join(process.cwd(), "db", "migrations", "sqlite");

export interface SqliteConnection {
  /** drizzle over the connection, asynchronous like every Claimdesk query. */
  db: ReturnType<typeof drizzle<typeof tables>>;
  /** The connection itself, for the engine's bulk paths; run them through `withConnection`. */
  sqlite: Database.Database;
  gate: TransactionGate;
  /** Runs synchronous work on the connection once no other context's transaction holds it. */
  withConnection<T>(work: (sqlite: Database.Database) => T): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens an SQLite file with the settings every Claimdesk connection uses, and migrates it. A
 * `readOnly` connection (a worker thread's, beside the process's own) neither migrates nor writes,
 * and its transactions are plain reads: in WAL mode a read sees one snapshot and never holds up
 * the writers on the other connection.
 */
export function openSqlite(file: string, options: { readOnly?: boolean } = {}): SqliteConnection {
  const readOnly = options.readOnly ?? false;
  if (readOnly) return gatedConnection(new Database(file, { readonly: true, fileMustExist: true }), "deferred");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL makes every acknowledged commit survive a power cut, not only a crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  migrate(drizzleSync(sqlite), { migrationsFolder: sqliteMigrationsFolder });
  fillSourceSitesSqlite(sqlite);
  return gatedConnection(sqlite, "immediate");
}

function gatedConnection(sqlite: Database.Database, behavior: "immediate" | "deferred"): SqliteConnection {
  sqlite.pragma("busy_timeout = 5000");

  const gate = new TransactionGate();
  const statements = new StatementCache(sqlite);
  const db = drizzle<typeof tables>(
    async (query, params, method) => {
      await gate.waitTurn();
      // SQLite undoes the whole transaction itself after some failures (SQLITE_FULL, SQLITE_IOERR);
      // drizzle's ROLLBACK would then fail and hide the error that says what happened.
      if (/^rollback\b/i.test(query) && !sqlite.inTransaction) return { rows: [] };
      const statement = statements.get(query);
      if (method === "run" || !statement.reader) {
        statement.run(params);
        return { rows: [] };
      }
      if (method === "get") return { rows: statement.raw(true).get(params) as unknown[] };
      return { rows: statement.raw(true).all(params) as unknown[][] };
    },
    { schema: tables },
  );
  const transaction = db.transaction.bind(db);
  // Every transaction of a writing connection takes the write lock at its start (BEGIN IMMEDIATE),
  // so that two of them never both read and then both write; the gate keeps other requests'
  // statements out of it.
  db.transaction = (work) => gate.exclusive(() => transaction(work, { behavior }));
  return {
    db,
    sqlite,
    gate,
    async withConnection(work) {
      await gate.waitTurn();
      return work(sqlite);
    },
    async close() {
      sqlite.close();
    },
  };
}
