import "server-only";
import type pg from "pg";
import Cursor from "pg-cursor";
import { yieldToInteractiveWrites } from "@/lib/server/jobs/interactive-writes";
import {
  decisionColumns,
  type DecisionRow,
  documentColumns,
  documentConditions,
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

/** A document with its annotations, each list as JSON text (parsed only for accepted documents). */
type PostgresRow = [
  id: number,
  title: string,
  text: string,
  language: string,
  publishedAt: string | null,
  sourceUrl: string | null,
  externalId: string | null,
  metadata: string,
  reviewStatus: string | null,
  spans: string | null,
  relations: string | null,
  labels: string | null,
  decisions: string | null,
  predictions: string | null,
];

// One statement for the whole export, so that one cursor streams it: each document row carries
// its spans, relations and labels aggregated as JSON arrays in the shapes SQLite's rows have.
function exportQuery({ projectId, filters }: ExportRowsOptions): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const bind = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}${cast}`;
  };
  // Dates compare byte by byte, as in SQLite, whatever the database's collation.
  const where = documentConditions(filters, {
    projectId: () => bind(projectId, "::integer"),
    language: () => bind(filters.language, "::text"),
    from: () => bind(filters.from, '::text COLLATE "C"'),
    to: () => bind(filters.to, '::text COLLATE "C"'),
  });
  const asText = (column: string) => `${column}::text`;
  // Arrays (decisionColumns, then created_at), which toDecisionRow names.
  const decisions = exportsDecisions(filters.set)
    ? `(SELECT json_agg(json_build_array(${decisionColumns}, (extract(epoch FROM sd.created_at) * 1000)::bigint) ORDER BY sd.id)::text
        FROM suggestion_decisions sd JOIN users u ON u.id = sd.user_id WHERE sd.document_id = d.id)`
    : "NULL";
  // Arrays (predictionColumns, then the score's JSON text), which toPredictionRow names.
  const predictions = exportsDecisions(filters.set)
    ? `(SELECT json_agg(json_build_array(${predictionColumns}, ap.score::text) ORDER BY a.start, a."end", a.id)::text
        FROM ${predictionsFrom} AND a.document_id = d.id)`
    : "NULL";
  const text = `SELECT ${documentColumns(asText)},
      (SELECT json_agg(json_build_array(${spanColumns(asText)}))::text FROM annotations a
        WHERE a.document_id = d.id AND a.deleted_at IS NULL AND ${setCondition("a", filters.set)}) AS spans,
      (SELECT json_agg(json_build_object('id', rel.id, 'document_id', rel.document_id, 'set', rel."set", 'email', u.email,
          'type', t.key, 'from_id', rel.from_id, 'to_id', rel.to_id) ORDER BY rel.id)::text
        FROM relations rel JOIN users u ON u.id = rel.author_id JOIN relation_types t ON t.id = rel.relation_type_id
        WHERE rel.document_id = d.id AND rel.deleted_at IS NULL AND ${setCondition("rel", filters.set)}) AS relations,
      (SELECT json_agg(json_build_object('document_id', l.document_id, 'set', l."set", 'email', u.email,
          'claim_id', l.claim_id, 'statement', c.statement, 'stance', l.stance) ORDER BY l.id)::text
        FROM document_labels l JOIN users u ON u.id = l.author_id JOIN claims c ON c.id = l.claim_id
        WHERE l.document_id = d.id AND ${setCondition("l", filters.set)}) AS labels,
      ${decisions} AS decisions,
      ${predictions} AS predictions
    FROM documents d LEFT JOIN document_reviews r ON r.document_id = d.id
    WHERE ${where.join(" AND ")} ORDER BY d.id`;
  return { text, values };
}

type DecisionArray = [
  id: number,
  documentId: number,
  recommender: string,
  layer: DecisionRow["layer"],
  start: number,
  end: number,
  quote: string,
  label: string,
  scorePermille: number,
  decision: DecisionRow["decision"],
  email: string,
  annotationId: number | null,
  createdAt: number,
];

function toDecisionRow(row: DecisionArray): DecisionRow {
  const [id, documentId, recommender, layer, start, end, quote, label, scorePermille, decision, email, annotationId, createdAt] = row;
  return {
    id, document_id: documentId, recommender, layer, start, end, quote, label, score_permille: scorePermille, decision, email,
    created_at: createdAt, annotation_id: annotationId,
  };
}

type PredictionArray = [
  id: number,
  documentId: number,
  modelVersion: string,
  layer: PredictionRow["layer"],
  start: number,
  end: number,
  quote: string,
  entityTypeId: number | null,
  stance: string | null,
  score: string | null,
];

function toPredictionRow(row: PredictionArray): PredictionRow {
  const [id, documentId, modelVersion, layer, start, end, quote, entityTypeId, stance, score] = row;
  return { id, document_id: documentId, model_version: modelVersion, score, layer, start, end, quote, entity_type_id: entityTypeId, stance };
}

function toExportRows(rows: PostgresRow[]): ExportRows {
  const batch: ExportRows = { documents: [], spans: [], relations: [], labels: [], decisions: [], predictions: [] };
  for (const [id, title, text, language, publishedAt, sourceUrl, externalId, metadata, reviewStatus, spans, relations, labels, decisions, predictions] of rows) {
    batch.documents.push({
      id, title, text, language, published_at: publishedAt, source_url: sourceUrl, external_id: externalId, metadata, review_status: reviewStatus,
    });
    if (spans) batch.spans.push(...(JSON.parse(spans) as SpanRow[]));
    if (relations) batch.relations.push(...(JSON.parse(relations) as RelationRow[]));
    if (labels) batch.labels.push(...(JSON.parse(labels) as LabelRow[]));
    if (decisions) batch.decisions.push(...(JSON.parse(decisions) as DecisionArray[]).map(toDecisionRow));
    if (predictions) batch.predictions.push(...(JSON.parse(predictions) as PredictionArray[]).map(toPredictionRow));
  }
  return batch;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

// Documents per read of the cursor: the server builds each read's JSON in one go, at its own
// priority beside the saves. Once people are seen saving, reads stay small enough to hold a core
// for a few milliseconds only (in the load bench, 10 instead of 50 took the save p95 from 45–62
// to 43–44 ms); an export nobody saves beside keeps fewer, larger reads, and its speed.
const documentsPerRead = { whileSaving: 10, otherwise: 50 };

/** What an export has seen of the saves beside it: none yet, or some (for the rest of it). */
interface ReadPace {
  savesSeen: boolean;
}

/**
 * `count` rows of the cursor (fewer at its end), in reads each of which waits for the writes in
 * flight first (see interactive-writes.ts).
 */
async function readRows(cursor: Cursor<PostgresRow>, count: number, pace: ReadPace): Promise<PostgresRow[]> {
  const rows: PostgresRow[] = [];
  while (rows.length < count) {
    if (await yieldToInteractiveWrites()) pace.savesSeen = true;
    const perRead = pace.savesSeen ? documentsPerRead.whileSaving : documentsPerRead.otherwise;
    const wanted = Math.min(perRead, count - rows.length);
    const read = await cursor.read(wanted);
    rows.push(...read);
    if (read.length < wanted) break;
  }
  return rows;
}

/** The export's rows through a server-side cursor, `batchSize` documents per batch. */
export async function* readPostgresExportRows(pool: pg.Pool, options: ExportRowsOptions): AsyncGenerator<ExportRows> {
  const { text, values } = exportQuery(options);
  const client = await pool.connect();
  const cursor = client.query(new Cursor<PostgresRow>(text, values, { rowMode: "array" }));
  let failure: Error | undefined;
  const pace: ReadPace = { savesSeen: false };
  try {
    for (;;) {
      const rows = await readRows(cursor, options.batchSize, pace);
      const accepted = options.accept ? rows.filter((row) => options.accept!(row[0])) : rows;
      if (accepted.length > 0) yield toExportRows(accepted);
      if (rows.length < options.batchSize) return;
    }
  } catch (error) {
    failure = asError(error);
    throw error;
  } finally {
    // Also when the consumer stops early: the portal is closed before the client is reused, and
    // a client whose query failed is discarded rather than handed to the next request.
    const closeFailure = failure ?? (await cursor.close().then(() => undefined, asError));
    client.release(closeFailure);
  }
}
