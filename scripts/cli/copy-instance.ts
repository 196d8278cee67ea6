import path from "node:path";
import { inArray, sql } from "drizzle-orm";
import { type Engine, migrateEngine, openEngine } from "@/db/client";
import { engineKindOf } from "@/db/engine-kind";
import { describingConnectionErrors } from "@/db/engines/postgres/describe-connection-error";
import { assertClaimdeskDatabase } from "./database-file-checks";
import { insertCopiedRows } from "./insert-copied-rows";
import { resetIdentitySequences } from "./instance-engine-sql";
import { columnOf, instanceTables, type InstanceTable } from "./instance-tables";
import { type InstanceRow, readInKeyOrder } from "./read-in-key-order";
import { rebuildSearchIndex } from "./rebuild-search-index";
import { checksumTable, TableHasher, type TableChecksum } from "./table-checksum";

export interface CopiedTable {
  table: string;
  source: TableChecksum;
  target: TableChecksum;
}

export interface CopyReport {
  tables: CopiedTable[];
  searchIndexed: number;
  /** True when every table's row count and checksum agree. */
  verified: boolean;
}

/** Where a database lives, without a password: for messages. */
export function databaseLabel(url: string): string {
  if (engineKindOf(url) === "sqlite") return path.resolve(url);
  const { hostname, port, pathname } = new URL(url);
  return `postgres://${hostname}:${port || "5432"}${pathname}`;
}

async function openMigrated(url: string, role: "source" | "target"): Promise<Engine> {
  if (role === "source" && engineKindOf(url) === "sqlite") assertClaimdeskDatabase(url);
  const engine = openEngine(url, { poolSize: 2 });
  try {
    await describingConnectionErrors(url, () => migrateEngine(engine));
    return engine;
  } catch (error) {
    await engine.close();
    throw error;
  }
}

async function requireEmpty(engine: Engine, tables: InstanceTable[], label: string): Promise<void> {
  for (const table of tables) {
    const [row] = await engine.db.select({ one: sql<number>`1` }).from(table.on(engine.kind)).limit(1);
    if (row) throw new Error(`The target ${label} is not empty (table ${table.name} has rows); copy into a new, empty database`);
  }
}

/** Copies one table batch by batch, each in one transaction; returns the checksum of what it read. */
async function copyTable(source: Engine, target: Engine, table: InstanceTable, batchSize: number): Promise<TableChecksum> {
  const hasher = new TableHasher(table);
  // A row may name a row of its own table with a greater id: such links are written once all rows are in.
  const links = table.selfReferences.map((key) => ({ key, pairs: [] as [number, number][] }));
  const rows = readInKeyOrder(source, table, batchSize);
  // The next batch is read while the last one is written.
  let next = rows.next();
  try {
    for (let read = await next; !read.done; read = await next) {
      const batch = read.value;
      next = rows.next();
      hasher.add(batch);
      const values = links.length === 0 ? batch : batch.map((row) => withoutLinks(table, row, links));
      await writing(table, () => insertCopiedRows(target, table, values));
    }
  } catch (error) {
    // The read under way when a write failed has nobody left to report to.
    next.catch(() => undefined);
    throw error;
  }
  for (const { key, pairs } of links) await writeLinks(target, table, key, pairs, batchSize);
  return hasher.result();
}

/** Runs a write into `table`; a refusal names the table and the database's reason, not the statement. */
async function writing(table: InstanceTable, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new Error(`Copying ${table.name} failed: ${reason instanceof Error ? reason.message : String(reason)}`, { cause: error });
  }
}

function withoutLinks(table: InstanceTable, row: InstanceRow, links: { key: string; pairs: [number, number][] }[]): InstanceRow {
  const copy = { ...row };
  for (const { key, pairs } of links) {
    const linked = row[key];
    if (linked === null || linked === undefined) continue;
    const id = table.identity ? row[table.identity] : undefined;
    if (typeof id !== "number" || typeof linked !== "number") throw new Error(`${table.name}.${key}: a link without a numeric id`);
    pairs.push([id, linked]);
    copy[key] = null;
  }
  return copy;
}

/** Sets `key` of the rows in `pairs` ([id, linked id]), a batch a statement and transaction. */
async function writeLinks(target: Engine, table: InstanceTable, key: string, pairs: [number, number][], batchSize: number): Promise<void> {
  if (!table.identity) throw new Error(`${table.name} references itself but has no id column`);
  const id = columnOf(table, target.kind, table.identity);
  for (let start = 0; start < pairs.length; start += batchSize) {
    const batch = pairs.slice(start, start + batchSize);
    const cases = sql.join(
      batch.map(([rowId, linked]) => sql`when ${rowId} then cast(${linked} as integer)`),
      sql` `,
    );
    await writing(table, () =>
      target.db.transaction(async (tx) => {
        await tx
          .update(table.on(target.kind))
          .set({ [key]: sql`case ${id} ${cases} end` })
          .where(inArray(id, batch.map(([rowId]) => rowId)));
      }),
    );
  }
}

/**
 * Copies a whole Claimdesk instance from the database at `from` into the empty one at `to`
 * (either engine, SQLite file or postgres:// URL): both are migrated, the target must hold no row;
 * every table in foreign-key order with its ids, batch by batch in primary-key order; then the
 * target's identity sequences and word index are set up, and each table's row count and checksum
 * compared with what was read from the source.
 */
export async function copyInstance(options: {
  from: string;
  to: string;
  batchSize?: number;
  log?: (line: string) => void;
}): Promise<CopyReport> {
  const { from, to } = options;
  const batchSize = options.batchSize ?? 500;
  const log = options.log ?? (() => {});
  if (databaseLabel(from) === databaseLabel(to)) throw new Error("Copy into another database than the source");
  const tables = instanceTables();
  const source = await openMigrated(from, "source");
  try {
    const target = await openMigrated(to, "target");
    try {
      await requireEmpty(target, tables, databaseLabel(to));
      const copied: { table: InstanceTable; source: TableChecksum }[] = [];
      for (const table of tables) {
        const began = performance.now();
        const checksum = await copyTable(source, target, table, batchSize);
        log(`${table.name}: ${checksum.rows.toLocaleString("en")} rows in ${((performance.now() - began) / 1000).toFixed(1)} s`);
        copied.push({ table, source: checksum });
      }
      await resetIdentitySequences(target, tables);
      const searchIndexed = await rebuildSearchIndex(target, batchSize);
      log(`search index: ${searchIndexed.toLocaleString("en")} documents`);
      const report: CopiedTable[] = [];
      for (const { table, source: read } of copied) {
        report.push({ table: table.name, source: read, target: await checksumTable(target, table, batchSize) });
      }
      const verified = report.every((row) => row.source.rows === row.target.rows && row.source.sha256 === row.target.sha256);
      return { tables: report, searchIndexed, verified };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
