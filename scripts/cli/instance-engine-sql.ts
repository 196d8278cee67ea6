import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Engine } from "@/db/client";
import type { EngineKind } from "@/db/engine-kind";
import { columnOf, type InstanceTable } from "./instance-tables";

// What the engines do differently when a whole instance is read in key order and copied.

/**
 * A key column as rows are ordered by it. Text keys compare byte by byte on both engines
 * (SQLite's BINARY collation, PostgreSQL's "C"), so that both read a table in the same order
 * whatever collation the PostgreSQL database was created with.
 */
export function keyOrderExpression(kind: EngineKind, column: AnyPgColumn): SQL {
  return kind === "postgres" && column.columnType === "PgText" ? sql`${column} collate "C"` : sql`${column}`;
}

/**
 * Moves PostgreSQL's identity sequences past the copied ids, so that the next row of each table
 * gets a new one. SQLite needs nothing: an AUTOINCREMENT table's counter follows explicit ids.
 */
export async function resetIdentitySequences(engine: Engine, tables: InstanceTable[]): Promise<void> {
  if (engine.kind !== "postgres") return;
  for (const table of tables) {
    if (!table.identity) continue;
    const column = columnOf(table, "postgres", table.identity);
    await engine.db.execute(
      sql`select setval(pg_get_serial_sequence(${table.name}, ${column.name}), coalesce(max(${column}), 0) + 1, false) from ${table.on("postgres")}`,
    );
  }
}
