import "server-only";
import { asc, sql } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import type { SqliteConnection } from "@/db/engines/sqlite/open-sqlite";
import { annotations } from "@/db/schema";
import { type DocumentSpans, type SpanRowReader, agreementSpansOf, spanLabelCode } from "./span-rows";

/** A document's spans as JSON arrays, one per column, in the order of the select below. */
type SqliteSpanRow = [documentId: number, ids: string, authorIds: string, starts: string, ends: string, labels: string, stances: string];

/**
 * One row per document with its spans as JSON arrays: SQLite builds them far faster than the
 * driver hands over hundreds of thousands of rows, and flat arrays of numbers parse faster than an
 * array per span. annotations_project_document_idx covers the query and gives the order.
 */
export function sqliteSpanRowsQuery(db: Db, projectId: number) {
  return db
    .select({
      documentId: annotations.documentId,
      ids: sql<string>`json_group_array(${annotations.id})`,
      authorIds: sql<string>`json_group_array(${annotations.authorId})`,
      starts: sql<string>`json_group_array(${annotations.start})`,
      ends: sql<string>`json_group_array(${annotations.end})`,
      labels: sql<string>`json_group_array(${spanLabelCode})`,
      stances: sql<string>`json_group_array(${annotations.stance})`,
    })
    .from(annotations)
    .where(agreementSpansOf(projectId))
    .groupBy(annotations.documentId)
    .orderBy(asc(annotations.documentId));
}

/**
 * Hands `visit` each document's spans, reading raw rows straight off the connection: the whole
 * pass runs as one piece of synchronous work (for…of closes the statement when `visit` throws).
 */
function visitSqliteSpanRows(
  connection: SqliteConnection,
  db: Db,
  projectId: number,
  visit: (spans: DocumentSpans) => void,
): Promise<void> {
  const { sql: query, params } = sqliteSpanRowsQuery(db, projectId).toSQL();
  return connection.withConnection((sqlite) => {
    const rows = sqlite.prepare(query).raw().iterate(...params) as IterableIterator<SqliteSpanRow>;
    for (const [documentId, ids, authorIds, starts, ends, labels, stances] of rows) {
      visit({
        documentId,
        ids: JSON.parse(ids) as number[],
        authorIds: JSON.parse(authorIds) as number[],
        starts: JSON.parse(starts) as number[],
        ends: JSON.parse(ends) as number[],
        labels: JSON.parse(labels) as number[],
        stances: JSON.parse(stances) as (string | null)[],
      });
    }
  });
}

/** Runs `read` in a transaction on the one connection, whose span rows it reads raw. */
export function readSqliteSnapshot<T>(connection: SqliteConnection, read: (db: Db, readSpanRows: SpanRowReader) => Promise<T>): Promise<T> {
  return getDb().transaction((tx) => read(tx, (projectId, visit) => visitSqliteSpanRows(connection, tx, projectId, visit)));
}
