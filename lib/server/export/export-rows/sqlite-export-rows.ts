import "server-only";
import type Database from "better-sqlite3";
import type { SqliteConnection } from "@/db/engines/sqlite/open-sqlite";
import {
  decisionColumns,
  type DecisionRow,
  documentColumns,
  documentConditions,
  type DocumentRow,
  type ExportRows,
  type ExportRowsOptions,
  exportsDecisions,
  type LabelRow,
  predictionColumns,
  predictionsFrom,
  type PredictionRow,
  type RelationRow,
  setCondition,
  spanColumns,
  type SpanRow,
} from "./export-rows";
import { sqliteKeysetPages } from "./sqlite-keyset-pages";

const batchIds = "(SELECT value FROM json_each(@ids))";
// SQLite keeps JSON as text already.
const asStored = (column: string) => column;

// No joins and no ORDER BY for spans: names come from ExportLookups and each document's spans
// are sorted in memory, which together halve the cost of reading a million spans.
function prepareStatements(sqlite: Database.Database, { filters }: ExportRowsOptions) {
  const where = documentConditions(filters, { projectId: () => "@projectId", language: () => "@language", from: () => "@from", to: () => "@to" });
  return {
    documents: sqlite.prepare<unknown[], DocumentRow>(
      `SELECT ${documentColumns(asStored)} FROM documents d LEFT JOIN document_reviews r ON r.document_id = d.id
       WHERE ${where.join(" AND ")} AND d.id > @afterId ORDER BY d.id LIMIT @limit`,
    ),
    // Raw mode: rows as arrays, the shape of SpanRow.
    spans: sqlite
      .prepare(`SELECT ${spanColumns(asStored)} FROM annotations a
        WHERE a.document_id IN ${batchIds} AND a.deleted_at IS NULL AND ${setCondition("a", filters.set)}`)
      .raw(true),
    relations: sqlite.prepare<unknown[], RelationRow>(
      `SELECT rel.id, rel.document_id, rel."set", u.email, t.key AS type, rel.from_id, rel.to_id
       FROM relations rel JOIN users u ON u.id = rel.author_id JOIN relation_types t ON t.id = rel.relation_type_id
       WHERE rel.document_id IN ${batchIds} AND rel.deleted_at IS NULL AND ${setCondition("rel", filters.set)}
       ORDER BY rel.document_id, rel.id`,
    ),
    labels: sqlite.prepare<unknown[], LabelRow>(
      `SELECT l.document_id, l."set", u.email, l.claim_id, c.statement, l.stance
       FROM document_labels l JOIN users u ON u.id = l.author_id JOIN claims c ON c.id = l.claim_id
       WHERE l.document_id IN ${batchIds} AND ${setCondition("l", filters.set)}
       ORDER BY l.document_id, l.id`,
    ),
    decisions: exportsDecisions(filters.set)
      ? sqlite.prepare<unknown[], DecisionRow>(
          `SELECT ${decisionColumns}, sd.created_at FROM suggestion_decisions sd JOIN users u ON u.id = sd.user_id
           WHERE sd.document_id IN ${batchIds} ORDER BY sd.document_id, sd.id`,
        )
      : null,
    predictions: exportsDecisions(filters.set)
      ? sqlite.prepare<unknown[], PredictionRow>(
          `SELECT ${predictionColumns}, ap.score FROM ${predictionsFrom} AND a.document_id IN ${batchIds}
           ORDER BY a.document_id, a.start, a."end", a.id`,
        )
      : null,
  };
}

/** Keyset pages of documents, each read with its annotations in one turn on the connection. */
export function readSqliteExportRows(connection: SqliteConnection, options: ExportRowsOptions): AsyncGenerator<ExportRows> {
  const { accept } = options;
  return sqliteKeysetPages(
    connection,
    options,
    (sqlite) => prepareStatements(sqlite, options),
    (statements, params) => {
      const rows = statements.documents.all(params);
      const documents = accept ? rows.filter((row) => accept(row.id)) : rows;
      const ids = rows.map((row) => row.id);
      if (documents.length === 0) return { ids, value: null };
      const idsJson = JSON.stringify(documents.map((row) => row.id));
      return {
        ids,
        value: {
          documents,
          spans: statements.spans.all({ ids: idsJson }) as SpanRow[],
          relations: statements.relations.all({ ids: idsJson }),
          labels: statements.labels.all({ ids: idsJson }),
          decisions: statements.decisions?.all({ ids: idsJson }) ?? [],
          predictions: statements.predictions?.all({ ids: idsJson }) ?? [],
        },
      };
    },
  );
}
