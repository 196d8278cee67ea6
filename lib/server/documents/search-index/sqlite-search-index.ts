import "server-only";
import type Database from "better-sqlite3";
import { and, eq, sql } from "drizzle-orm";
import type { SqliteConnection } from "@/db/engines/sqlite/open-sqlite";
import { documents } from "@/db/schema";
import { toSearchableText, toSearchMatchExpression } from "@/lib/domain/text/searchable-text";
import { documentListColumns } from "../document-view";
import type { SearchIndex } from "./search-index";

// The FTS5 table that the migration `0001_documents_search` creates; drizzle-kit cannot describe
// virtual tables, so it is named here and stays out of `db/schema`.
const documentsSearch = sql`${sql.identifier("documents_search")}`;
const rowid = sql`${documentsSearch}.rowid`;

// Prepared once per connection: the insert runs once per imported document.
const insertStatements = new WeakMap<Database.Database, Database.Statement<[number, string]>>();

function insertStatement(sqlite: Database.Database): Database.Statement<[number, string]> {
  let statement = insertStatements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare<[number, string]>("INSERT INTO documents_search (rowid, body) VALUES (?, ?)");
    insertStatements.set(sqlite, statement);
  }
  return statement;
}

export function sqliteSearchIndex(connection: SqliteConnection): SearchIndex {
  return {
    // The connection is the transaction's own: statements of the open transaction pass the gate.
    toBody: toSearchableText,
    add: (_db, entries) =>
      connection.withConnection((sqlite) => {
        const insert = insertStatement(sqlite);
        for (const entry of entries) insert.run(entry.id, entry.body);
      }),
    toQuery: toSearchMatchExpression,
    // Driven by the index in rowid order, so that LIMIT ends the search early.
    listMatching: (db, { query, afterId, where, limit }) =>
      db
        .select(documentListColumns)
        .from(documentsSearch)
        .innerJoin(documents, eq(documents.id, rowid))
        .where(and(sql`${documentsSearch} MATCH ${query}`, sql`${rowid} > ${afterId}`, ...where))
        .orderBy(rowid)
        .limit(limit),
  };
}
