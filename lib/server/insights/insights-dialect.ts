import "server-only";
import { type SQL, sql, type SQLWrapper } from "drizzle-orm";
import { getEngine } from "@/db/client";

// What the Insights queries spell differently on the two engines, each asking the engine in use.

/** A built select: its statement as the engine in use spells it. */
interface BuiltQuery {
  toSQL(): { sql: string; params: unknown[] };
}

/**
 * A select's rows as arrays of the driver's values, read straight off the connection: the views
 * read tens of thousands of counted rows, which drizzle would map field by field at a cost that
 * outgrows the query's. Columns come in the select's order; count with `countedRows`. The views
 * only read, and never inside a transaction: the statement runs on the connection (SQLite) or the
 * pool (PostgreSQL) directly.
 */
export async function readRows<Row extends unknown[]>(query: BuiltQuery): Promise<Row[]> {
  const { sql: text, params } = query.toSQL();
  const engine = getEngine();
  if (engine.kind === "sqlite") return engine.connection.withConnection((sqlite) => sqlite.prepare(text).raw().all(...params) as Row[]);
  return (await engine.connection.pool.query<Row>({ text, values: params, rowMode: "array" })).rows;
}

/** count(*) as a number on both engines: PostgreSQL's bigint would arrive as text. */
export const countedRows = sql<number>`cast(count(*) as integer)`;

/** count(distinct …) as a number on both engines. */
export function countedDistinct(value: SQLWrapper): SQL<number> {
  return sql<number>`cast(count(distinct ${value}) as integer)`;
}

/**
 * Text compared byte by byte: ISO dates order as strings only so, and PostgreSQL's collation of a
 * database may ignore the hyphens. SQLite compares bytes already.
 */
export function inByteOrder(text: SQL): SQL {
  return getEngine().kind === "postgres" ? sql`(${text}) collate "C"` : text;
}

/**
 * Equal, nulls equal to each other. SQLite's `is` searches an index with it; PostgreSQL's
 * `is not distinct from` does not, but its plans need no index there.
 */
export function sameOrBothNull(a: SQLWrapper, b: SQLWrapper): SQL {
  return getEngine().kind === "postgres" ? sql`${a} is not distinct from ${b}` : sql`${a} is ${b}`;
}
