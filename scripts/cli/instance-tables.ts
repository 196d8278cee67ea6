import { getTableColumns, getTableName, is } from "drizzle-orm";
import { type AnyPgColumn, getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { EngineKind } from "@/db/engine-kind";
import * as sqliteTables from "@/db/engines/sqlite/sqlite-schema";
import * as description from "@/db/postgres-schema";

/** One table of a Claimdesk instance, as both engines hold it. */
export interface InstanceTable {
  /** The SQL name, e.g. `document_labels`. */
  name: string;
  /** Column keys (as drizzle names them in rows) in the order the description declares them. */
  columns: string[];
  /** Column keys of the primary key, in key order. */
  primaryKey: string[];
  /** The key of the generated identity column, if the table has one. */
  identity: string | null;
  /** Keys of columns referencing the table itself (a claim span's claimant mention). */
  selfReferences: string[];
  /** The table to query on an engine of `kind`. */
  on(kind: EngineKind): PgTable;
}

// SQLite's tables answer the same calls with the same values (db/engines/sqlite/derive-sqlite-tables.ts);
// here, as in db/schema.ts, they pass for the description's.
const sqliteByName = new Map(
  Object.values(sqliteTables).map((table) => [getTableName(table), table as unknown as PgTable] as const),
);

function describe(table: PgTable): InstanceTable {
  const name = getTableName(table);
  const config = getTableConfig(table);
  const entries = Object.entries(getTableColumns(table)) as [string, AnyPgColumn][];
  const keyOf = (column: AnyPgColumn) => {
    const found = entries.find(([, candidate]) => candidate.name === column.name);
    if (!found) throw new Error(`${name}: no column ${column.name}`);
    return found[0];
  };
  const composite = config.primaryKeys[0];
  const primaryKey = composite ? composite.columns.map(keyOf) : entries.filter(([, column]) => column.primary).map(([key]) => key);
  if (primaryKey.length === 0) throw new Error(`${name} has no primary key to copy it in order by`);
  const selfReferences = config.foreignKeys
    .filter((key) => getTableName(key.reference().foreignTable) === name)
    .flatMap((key) => key.reference().columns.map(keyOf));
  const sqlite = sqliteByName.get(name);
  if (!sqlite) throw new Error(`no derived SQLite table ${name}`);
  return {
    name,
    columns: entries.map(([key]) => key),
    primaryKey,
    identity: entries.find(([, column]) => column.generatedIdentity)?.[0] ?? null,
    selfReferences,
    on: (kind) => (kind === "postgres" ? table : sqlite),
  };
}

/** Names of the tables `table` references, other than itself. */
function parentsOf(table: PgTable): string[] {
  const name = getTableName(table);
  return getTableConfig(table)
    .foreignKeys.map((key) => getTableName(key.reference().foreignTable))
    .filter((parent) => parent !== name);
}

/**
 * Every table of the schema description, parents before the tables that reference them, so that
 * rows copied in this order always find the rows they point to.
 */
export function instanceTables(): InstanceTable[] {
  const tables = Object.values(description as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable));
  const byName = new Map(tables.map((table) => [getTableName(table), table]));
  const ordered: InstanceTable[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (table: PgTable) => {
    const name = getTableName(table);
    if (placed.has(name)) return;
    if (visiting.has(name)) throw new Error(`Foreign keys form a cycle through ${name}`);
    visiting.add(name);
    for (const parent of parentsOf(table)) {
      const parentTable = byName.get(parent);
      if (!parentTable) throw new Error(`${name} references ${parent}, which the description lacks`);
      place(parentTable);
    }
    visiting.delete(name);
    placed.add(name);
    ordered.push(describe(table));
  };
  for (const table of tables) place(table);
  return ordered;
}

/** The column of `table` under `key` on an engine of `kind`. */
export function columnOf(table: InstanceTable, kind: EngineKind, key: string): AnyPgColumn {
  const column = (getTableColumns(table.on(kind)) as Record<string, AnyPgColumn | undefined>)[key];
  if (!column) throw new Error(`${table.name} has no column ${key}`);
  return column;
}
