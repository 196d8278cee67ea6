import { getTableColumns, getTableName, is, SQL, sql, StringChunk } from "drizzle-orm";
import { type AnyPgColumn, getTableConfig, IndexedColumn, PgTable } from "drizzle-orm/pg-core";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  type SQLiteColumnBuilderBase,
  sqliteTable,
  type SQLiteTableWithColumns,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/**
 * Claimdesk's schema is described once, in PostgreSQL's terms (db/schema). SQLite's tables are
 * derived from that description, column for column, so that both engines hold the same data in
 * the same names and code reads the same values from either:
 *
 * | PostgreSQL                         | SQLite                              |
 * |------------------------------------|-------------------------------------|
 * | integer, identity primary key      | integer primary key autoincrement  |
 * | text (with an enum)                | text (with the same enum)           |
 * | json, jsonb                        | text holding JSON                   |
 * | boolean                            | integer 0/1                         |
 * | timestamptz to the millisecond     | integer milliseconds since epoch   |
 *
 * Defaults, `$defaultFn`s, uniqueness, foreign keys with their actions, composite primary keys
 * and indexes carry over by name. A column type or SQL default outside this table throws, so
 * that the schema cannot grow a column that one engine would store differently.
 */
export type SqliteTableOf = SQLiteTableWithColumns<{
  name: string;
  schema: undefined;
  columns: Record<string, AnySQLiteColumn>;
  dialect: "sqlite";
}>;

/** SQL defaults that mean the same on both engines, in SQLite's spelling. */
const sqliteDefaults: Record<string, string> = { "now()": "(unixepoch() * 1000)" };

function sqlText(value: SQL): string {
  return value.queryChunks.map((chunk) => (is(chunk, StringChunk) ? chunk.value.join("") : "")).join("");
}

function sqliteColumnFor(column: AnyPgColumn): SQLiteColumnBuilderBase {
  const name = column.name;
  switch (column.columnType) {
    case "PgInteger":
      return column.generatedIdentity ? integer(name).primaryKey({ autoIncrement: true }) : integer(name);
    case "PgText":
      return column.enumValues?.length ? text(name, { enum: column.enumValues as [string, ...string[]] }) : text(name);
    case "PgJson":
    case "PgJsonb":
      return text(name, { mode: "json" });
    case "PgBoolean":
      return integer(name, { mode: "boolean" });
    case "PgTimestamp":
      return integer(name, { mode: "timestamp_ms" });
    default:
      throw new Error(`${getTableName(column.table)}.${name}: no SQLite column for ${column.columnType}`);
  }
}

type ColumnLookup = (tableName: string, columnName: string) => AnySQLiteColumn;

function deriveColumn(column: AnyPgColumn, foreignColumnOf: ColumnLookup | null): SQLiteColumnBuilderBase {
  // The builders' chained methods are typed per column kind; here one shape serves them all.
  let builder = sqliteColumnFor(column) as ReturnType<typeof integer>;
  if (column.notNull && !column.generatedIdentity) builder = builder.notNull();
  if (column.primary && !column.generatedIdentity) builder = builder.primaryKey();
  if (column.isUnique) builder = builder.unique(column.uniqueName);
  if (column.defaultFn) builder = builder.$defaultFn(column.defaultFn as () => number);
  if (column.default !== undefined) {
    if (is(column.default, SQL)) {
      const spelled = sqliteDefaults[sqlText(column.default)];
      if (!spelled) throw new Error(`${getTableName(column.table)}.${column.name}: no SQLite spelling for default ${sqlText(column.default)}`);
      builder = builder.default(sql.raw(spelled));
    } else {
      builder = builder.default(column.default as number);
    }
  }
  if (foreignColumnOf) {
    const table = column.table as PgTable;
    for (const key of getTableConfig(table).foreignKeys) {
      const reference = key.reference();
      if (reference.columns.length !== 1 || reference.columns[0] !== column) continue;
      builder = builder.references(
        () => {
          const target = key.reference().foreignColumns[0];
          if (!target) throw new Error(`${getTableName(table)}.${column.name}: foreign key without a target`);
          return foreignColumnOf(getTableName(target.table), target.name);
        },
        { onDelete: key.onDelete, onUpdate: key.onUpdate },
      );
    }
  }
  return builder;
}

function deriveTable(table: PgTable, foreignColumnOf: ColumnLookup): SqliteTableOf {
  const config = getTableConfig(table);
  const columns = getTableColumns(table) as Record<string, AnyPgColumn>;
  const keyOf = new Map(Object.entries(columns).map(([key, column]) => [column.name, key]));
  const builders = Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [key, deriveColumn(column, foreignColumnOf)]),
  );
  return sqliteTable(config.name, builders, (t) => {
    const byName = (name: string): AnySQLiteColumn => {
      const key = keyOf.get(name);
      const derived = key === undefined ? undefined : t[key];
      if (!derived) throw new Error(`${config.name}: no column ${name}`);
      return derived;
    };
    const extras = [];
    for (const key of config.primaryKeys) {
      extras.push(primaryKey({ columns: key.columns.map((column) => byName(column.name)) as [AnySQLiteColumn, ...AnySQLiteColumn[]] }));
    }
    for (const { config: indexConfig } of config.indexes) {
      const on = indexConfig.columns.map((column) => {
        if (!is(column, IndexedColumn) || !column.name) throw new Error(`${config.name}: index ${indexConfig.name} on an expression`);
        return byName(column.name);
      }) as [AnySQLiteColumn, ...AnySQLiteColumn[]];
      const name = indexConfig.name ?? `${config.name}_index`;
      extras.push(indexConfig.unique ? uniqueIndex(name).on(...on) : index(name).on(...on));
    }
    return extras;
  }) as unknown as SqliteTableOf;
}

/** SQLite tables for every PostgreSQL table of `schema`, under the same export names. */
export function deriveSqliteTables<S extends Record<string, unknown>>(schema: S): Record<string, SqliteTableOf> {
  const pgTables = Object.entries(schema).filter((entry): entry is [string, PgTable] => is(entry[1], PgTable));
  const derived: Record<string, SqliteTableOf> = {};
  const byTableName = new Map<string, SqliteTableOf>();
  const foreignColumnOf: ColumnLookup = (tableName, columnName) => {
    const target = byTableName.get(tableName);
    const column = target && Object.values(getTableColumns(target)).find((candidate) => candidate.name === columnName);
    if (!column) throw new Error(`no derived column ${tableName}.${columnName}`);
    return column;
  };
  for (const [key, table] of pgTables) {
    const sqliteTable = deriveTable(table, foreignColumnOf);
    derived[key] = sqliteTable;
    byTableName.set(getTableName(table), sqliteTable);
  }
  return derived;
}
