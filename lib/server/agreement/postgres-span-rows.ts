import "server-only";
import { asc, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import Cursor from "pg-cursor";
import type { Db } from "@/db/client";
import * as tables from "@/db/postgres-schema";
import { annotations } from "@/db/schema";
import { yieldToInteractiveWrites } from "@/lib/server/jobs/interactive-writes";
import { type DocumentSpans, type SpanRowReader, agreementSpansOf, spanLabelCode } from "./span-rows";

/** A span as the query below lists it. */
type PostgresSpan = [id: number, authorId: number, start: number, end: number, label: number, stance: string | null];
type PostgresSpanRow = [documentId: number, spans: PostgresSpan[]];

/**
 * One row per document with its spans as one JSON array, in the order SQLite's covering index
 * hands them over (text compared byte by byte, no label before any label), so that both engines
 * group them the same way and every figure comes out the same to the last digit. One aggregate
 * sorts each document's spans once, and the driver parses a row per document, not a row per span
 * field by field.
 */
function postgresSpanRowsQuery(db: Db, projectId: number) {
  const span = sql`json_build_array(${annotations.id}, ${annotations.authorId}, ${annotations.start}, ${annotations.end}, ${spanLabelCode}, ${annotations.stance})`;
  const order = sql`${annotations.layer} collate "C", ${annotations.claimId} nulls first, ${annotations.entityTypeId} nulls first,
    ${annotations.authorId}, ${annotations.start}, ${annotations.end}, ${annotations.stance} collate "C" nulls first, ${annotations.id}`;
  return db
    .select({ documentId: annotations.documentId, spans: sql<PostgresSpan[]>`json_agg(${span} order by ${order})` })
    .from(annotations)
    .where(agreementSpansOf(projectId))
    .groupBy(annotations.documentId)
    .orderBy(asc(annotations.documentId));
}

// Documents per read: enough to keep round trips few, few enough that one read holds the
// server's core for milliseconds only, so that a save never waits long behind it.
const batchSize = 50;

/**
 * Streams the span rows through a server-side cursor and hands `visit` each document's columns.
 * The server runs the pass's reads at its own priority, beside the saves: each read waits for the
 * writes in flight first (see interactive-writes.ts).
 */
async function visitPostgresSpanRows(client: pg.PoolClient, db: Db, projectId: number, visit: (spans: DocumentSpans) => void): Promise<void> {
  const { sql: text, params } = postgresSpanRowsQuery(db, projectId).toSQL();
  const cursor = client.query(new Cursor<PostgresSpanRow>(text, params, { rowMode: "array" }));
  const read = () => yieldToInteractiveWrites().then(() => cursor.read(batchSize));
  let next = read();
  try {
    for (let rows = await next; rows.length > 0; rows = await next) {
      // The server reads the next batch while this one is visited.
      next = read();
      for (const [documentId, spans] of rows) visit(toDocumentSpans(documentId, spans));
    }
  } catch (error) {
    // The read ahead fails too once the client is closed; the failure to report is this one.
    next.catch(() => {});
    throw error;
  }
  await cursor.close();
}

function toDocumentSpans(documentId: number, spans: readonly PostgresSpan[]): DocumentSpans {
  const count = spans.length;
  const columns: DocumentSpans = {
    documentId,
    ids: new Array<number>(count),
    authorIds: new Array<number>(count),
    starts: new Array<number>(count),
    ends: new Array<number>(count),
    labels: new Array<number>(count),
    stances: new Array<string | null>(count),
  };
  for (let k = 0; k < count; k++) {
    const [id, authorId, start, end, label, stance] = spans[k]!;
    columns.ids[k] = id;
    columns.authorIds[k] = authorId;
    columns.starts[k] = start;
    columns.ends[k] = end;
    columns.labels[k] = label;
    columns.stances[k] = stance;
  }
  return columns;
}

/**
 * Runs `read` in a read-only transaction on a pooled client of its own, so that its queries and the
 * cursor (which needs the client itself) see one snapshot. Reading only, it needs no SERIALIZABLE:
 * REPEATABLE READ gives the snapshot and never fails for a concurrent write.
 */
export async function readPostgresSnapshot<T>(pool: pg.Pool, read: (db: Db, readSpanRows: SpanRowReader) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const db = drizzle({ client, schema: tables });
    const result = await read(db, (projectId, visit) => visitPostgresSpanRows(client, db, projectId, visit));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A client that failed mid-transaction or mid-cursor is closed, not handed to the next request.
    client.release(failure);
  }
}
