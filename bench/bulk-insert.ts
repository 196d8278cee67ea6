// Bench fixtures of hundreds of thousands of rows, written the fastest way each engine offers:
// on SQLite prepared statements on the raw connection in one transaction (drizzle's per-row
// mapping would cost as much as the inserts), on PostgreSQL multi-row inserts of a few thousand
// rows a statement.
import { getTableColumns, getTableName, is, SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type Database from "better-sqlite3";
import { getEngine } from "@/db/client";

type Row<T extends PgTable> = T["$inferInsert"];

// PostgreSQL binds at most 65,535 parameters a statement; drizzle builds a statement in time that
// grows faster than its rows, so a few hundred rows a statement insert fastest.
const maxPostgresParameters = 60_000;
const maxPostgresRows = 500;

/** The statement's columns: any row's keys, and columns whose default is made in code (timestamps). */
function statementColumns(table: PgTable, rows: Record<string, unknown>[]): [string, AnyPgColumn][] {
  const keys = new Set(rows.flatMap((row) => Object.keys(row)));
  return (Object.entries(getTableColumns(table)) as [string, AnyPgColumn][]).filter(
    ([key, column]) => keys.has(key) || column.defaultFn !== undefined,
  );
}

/** What a row without a value for `column` gets, as drizzle's insert would give it. */
function defaultOf(column: AnyPgColumn): unknown {
  if (column.defaultFn) return column.defaultFn();
  return is(column.default, SQL) ? null : column.default;
}

/** Inserts on the raw SQLite connection in one transaction; returns each row's rowid, in order. */
function insertOnSqlite(sqlite: Database.Database, table: PgTable, rows: Record<string, unknown>[]): number[] {
  const columns = statementColumns(table, rows);
  const names = columns.map(([, column]) => `"${column.name}"`).join(", ");
  const statement = sqlite.prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES (${columns.map(() => "?").join(", ")})`);
  return sqlite.transaction(() =>
    rows.map((row) => {
      // The process's tables are SQLite's here: their columns map values as SQLite stores them.
      const values = columns.map(([key, column]) => {
        const value = key in row ? row[key] : defaultOf(column);
        return value === null || value === undefined ? null : column.mapToDriverValue(value);
      });
      return Number(statement.run(values).lastInsertRowid);
    }),
  )();
}

/** Inserts `rows` into `table` of this process's engine. */
export async function insertRows<T extends PgTable>(table: T, rows: Row<T>[]): Promise<void> {
  await insertRowsReturningIds(table, rows, null);
}

/**
 * Inserts `rows` and returns their ids in the rows' order. On PostgreSQL the identity column hands
 * out ids in the order of a statement's rows, so sorting a statement's returned ids restores it.
 */
export async function insertRowsReturningIds<T extends PgTable>(table: T, rows: Row<T>[], idKey: string | null = "id"): Promise<number[]> {
  const records = rows as Record<string, unknown>[];
  if (records.length === 0) return [];
  const engine = getEngine();
  if (engine.kind === "sqlite") return engine.connection.withConnection((sqlite) => insertOnSqlite(sqlite, table, records));
  const id = idKey === null ? null : (getTableColumns(table) as Record<string, AnyPgColumn>)[idKey];
  const perStatement = Math.min(maxPostgresRows, Math.floor(maxPostgresParameters / statementColumns(table, records).length));
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const insert = engine.db.insert(table).values(rows.slice(start, start + perStatement));
    if (!id) {
      await insert;
      continue;
    }
    const returned = (await insert.returning({ id })) as { id: number }[];
    ids.push(...returned.map((row) => row.id).sort((a, b) => a - b));
  }
  return ids;
}

/**
 * After a fixture's bulk inserts, before measuring: SQLite folds its write-ahead log into the
 * database file, PostgreSQL refreshes the planner's statistics of the grown tables.
 */
export async function settleAfterBulkInsert(): Promise<void> {
  const engine = getEngine();
  if (engine.kind === "sqlite") await engine.connection.withConnection((sqlite) => sqlite.pragma("wal_checkpoint(TRUNCATE)"));
  else await engine.db.execute(sql`analyze`);
}
