import "server-only";
import { type Db, getEngine } from "@/db/client";
import { readPostgresSnapshot } from "./postgres-span-rows";
import type { SpanRowReader } from "./span-rows";
import { readSqliteSnapshot } from "./sqlite-span-rows";

/**
 * Runs `read` on one consistent view of the database, with a reader of the span rows in that view.
 * The engines read the spans their own fastest way: SQLite builds per-document JSON columns from
 * its covering index, read raw off its one connection; PostgreSQL streams plain rows in the same
 * order through a server-side cursor on a client of its own. Both hand over the same columns.
 */
export function readAgreementSnapshot<T>(read: (db: Db, readSpanRows: SpanRowReader) => Promise<T>): Promise<T> {
  const engine = getEngine();
  return engine.kind === "sqlite" ? readSqliteSnapshot(engine.connection, read) : readPostgresSnapshot(engine.connection.pool, read);
}
