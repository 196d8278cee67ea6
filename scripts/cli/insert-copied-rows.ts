import { sql } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { Engine } from "@/db/client";
import { columnOf, type InstanceTable } from "./instance-tables";
import type { InstanceRow } from "./read-in-key-order";

// Writing a batch of copied rows, the fast way of each engine. drizzle's insert builder costs some
// 100 µs a row at batch sizes, several times the database's own work, so the copy goes around it.

/**
 * PostgreSQL: the whole batch as one JSON parameter that json_populate_recordset turns into rows
 * of the table's own types (instants from ISO strings, jsonb from nested JSON).
 */
async function insertOnPostgres(engine: Engine, table: InstanceTable, rows: InstanceRow[]): Promise<void> {
  const names = table.columns.map((key) => columnOf(table, "postgres", key).name);
  const records = rows.map((row) => Object.fromEntries(table.columns.map((key, i) => [names[i], row[key] ?? null])));
  const columns = sql.join(names.map((name) => sql.identifier(name)), sql`, `);
  const into = table.on("postgres");
  await engine.db.transaction(async (tx) => {
    await tx.execute(sql`insert into ${into} (${columns}) select ${columns} from json_populate_recordset(null::${into}, ${JSON.stringify(records)}::json)`);
  });
}

// Prepared once per connection and table.
const sqliteStatements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** SQLite: a prepared statement on the raw connection, values as the derived columns store them. */
async function insertOnSqlite(engine: Extract<Engine, { kind: "sqlite" }>, table: InstanceTable, rows: InstanceRow[]): Promise<void> {
  const columns = table.columns.map((key) => [key, columnOf(table, "sqlite", key)] as const);
  await engine.connection.withConnection((sqlite) => {
    const statements = sqliteStatements.get(sqlite) ?? new Map<string, Database.Statement>();
    sqliteStatements.set(sqlite, statements);
    let insert = statements.get(table.name);
    if (!insert) {
      const names = columns.map(([, column]) => `"${column.name}"`).join(", ");
      insert = sqlite.prepare(`INSERT INTO "${table.name}" (${names}) VALUES (${columns.map(() => "?").join(", ")})`);
      statements.set(table.name, insert);
    }
    const statement = insert;
    sqlite
      .transaction(() => {
        for (const row of rows) {
          statement.run(columns.map(([key, column]) => (row[key] === null || row[key] === undefined ? null : column.mapToDriverValue(row[key]))));
        }
      })
      .immediate();
  });
}

/** Inserts copied rows, ids and all, into `table` of `engine` in one transaction. */
export function insertCopiedRows(engine: Engine, table: InstanceTable, rows: InstanceRow[]): Promise<void> {
  return engine.kind === "postgres" ? insertOnPostgres(engine, table, rows) : insertOnSqlite(engine, table, rows);
}
