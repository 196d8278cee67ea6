import Database from "better-sqlite3";
import { drizzle as drizzleSync } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { mkdirSync } from "node:fs";
import path from "node:path";
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

/** Opens an SQLite file with the settings every Claimdesk connection uses, and migrates it. */
export function openSqlite(file: string): SqliteConnection {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL makes every acknowledged commit survive a power cut, not only a crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  migrate(drizzleSync(sqlite), { migrationsFolder: sqliteMigrationsFolder });

  const gate = new TransactionGate();
  const statements = new StatementCache(sqlite);
  const db = drizzle<typeof tables>(
    async (query, params, method) => {
      await gate.waitTurn();
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
  // Every transaction takes the write lock at its start (BEGIN IMMEDIATE), so that two of them
  // never both read and then both write; the gate keeps other requests' statements out of it.
  db.transaction = (work) => gate.exclusive(() => transaction(work, { behavior: "immediate" }));
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
