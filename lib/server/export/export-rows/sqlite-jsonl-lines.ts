import "server-only";
import type Database from "better-sqlite3";
import type { SqliteConnection } from "@/db/engines/sqlite/open-sqlite";
import { documentConditions, exportsDecisions, type JsonlLinesOptions, setCondition } from "./export-rows";
import { sqliteKeysetPages } from "./sqlite-keyset-pages";

// Each document's line of exportClaimdeskJsonlLine, byte for byte, written by SQLite: json_quote
// escapes as JSON.stringify does (\b \t \n \f \r, other control characters as lowercase \u00xx,
// everything else verbatim), integers print alike and the keys come in the export model's order.
// concat() of json_quote()d values measured faster than json_object(), and needs no JSON subtype
// to survive the subqueries.

const quote = (column: string) => `json_quote(${column})`;
/** A nullable integer column as JSON. */
const integerOrNull = (column: string) => `coalesce(${column}, 'null')`;
/** `null` for gold rows, else the author's email. */
const annotatorOf = (alias: string, email: string) => `CASE WHEN ${alias}."set" = 'gold' THEN 'null' ELSE json_quote(${email}) END`;
/** The JSON of what a nullable id names, `null` when it names nothing. */
const lookup = (id: string, json: string, from: string) =>
  `CASE WHEN ${id} IS NULL THEN 'null' ELSE coalesce((SELECT ${json} FROM ${from} WHERE id = ${id}), 'null') END`;
const entityJson = (withExternalId: boolean) =>
  `concat('{"id":', id, ',"name":', json_quote(name)${withExternalId ? `, ',"externalId":', json_quote(external_id)` : ""}, '}')`;

// ExportSpan's keys in order, with the names that ExportLookups gives: an email (JavaScript's ""
// for a user that is gone), the entity type's key, the entity, claim and claimant. The type and
// claim, which nearly every span has, are joined (`t`, `c`); the others are looked up when set.
const spanJson = `concat('{"id":', a.id, ',"set":', ${quote(`a."set"`)},
  ',"annotator":', ${annotatorOf("a", "coalesce((SELECT email FROM users WHERE id = a.author_id), '')")},
  ',"layer":', ${quote("a.layer")}, ',"start":', a.start, ',"end":', a."end", ',"quote":', ${quote("a.quote")},
  ',"entityType":', ${quote("t.key")}, ',"entity":', ${lookup("a.entity_id", entityJson(true), "catalog_entities")},
  ',"claim":', CASE WHEN c.id IS NULL THEN 'null' ELSE concat('{"id":', c.id, ',"statement":', json_quote(c.statement), '}') END,
  ',"stance":', ${quote("a.stance")}, ',"claimant":', ${lookup("a.claimant_entity_id", entityJson(false), "catalog_entities")},
  ',"claimantMentionId":', ${integerOrNull("a.claimant_mention_id")}, ',"note":', ${quote("a.note")},
  ',"sourceAnnotationIds":', CASE WHEN a.source_annotation_ids IS NULL THEN 'null' ELSE json(a.source_annotation_ids) END, '}')`;

const relationJson = `concat('{"id":', rel.id, ',"set":', ${quote(`rel."set"`)}, ',"annotator":', ${annotatorOf("rel", "u.email")},
  ',"type":', ${quote("t.key")}, ',"fromId":', rel.from_id, ',"toId":', rel.to_id, '}')`;

const labelJson = `concat('{"set":', ${quote(`l."set"`)}, ',"annotator":', ${annotatorOf("l", "u.email")},
  ',"claimId":', l.claim_id, ',"claimStatement":', ${quote("c.statement")}, ',"stance":', ${quote("l.stance")}, '}')`;

// The score in thousandths as JSON.stringify prints permille / 1000: the digits of the integer,
// never a REAL's, whose text SQLite spells its own way.
const permilleJson = (column: string) => `concat(CASE WHEN ${column} < 0 THEN '-' ELSE '' END, abs(${column}) / 1000,
  CASE WHEN abs(${column}) % 1000 = 0 THEN '' ELSE concat('.', rtrim(printf('%03d', abs(${column}) % 1000), '0')) END)`;
// Milliseconds since the epoch (after 1970) as Date.prototype.toISOString writes them.
const isoJson = (column: string) =>
  `json_quote(concat(strftime('%Y-%m-%dT%H:%M:%S', ${column} / 1000, 'unixepoch'), '.', printf('%03d', ${column} % 1000), 'Z'))`;

const decisionJson = `concat('{"id":', sd.id, ',"recommender":', ${quote("sd.recommender")}, ',"layer":', ${quote("sd.layer")},
  ',"start":', sd.start, ',"end":', sd."end", ',"quote":', ${quote("sd.quote")}, ',"label":', ${quote("sd.label")},
  ',"score":', ${permilleJson("sd.score_permille")}, ',"decision":', ${quote("sd.decision")}, ',"decidedBy":', ${quote("u.email")},
  ',"decidedAt":', ${isoJson("sd.created_at")}, ',"spanId":', ${integerOrNull("sd.annotation_id")}, '}')`;

// ExportPrediction's keys in order; the score as stored, JSON text that JSON.stringify wrote.
const predictionJson = `concat('{"id":', a.id, ',"origin":"prediction","modelVersion":', ${quote("ap.model_version")},
  ',"score":', CASE WHEN ap.score IS NULL THEN 'null' ELSE json(ap.score) END, ',"layer":', ${quote("a.layer")},
  ',"start":', a.start, ',"end":', a."end", ',"quote":', ${quote("a.quote")}, ',"entityType":', ${quote("t.key")},
  ',"stance":', ${quote("a.stance")}, '}')`;

/**
 * The statements of one keyset page of documents. `page`: the page's lines as one UTF-8 BLOB,
 * bytes that reach JavaScript as one buffer (never decoded and encoded again), with the ids in
 * the order the lines were joined and the stored metadata other than `{}`, to check.
 * `perDocument`: each line in three parts (up to `"metadata":`, the metadata as stored, the
 * rest), for a page that does not pass.
 */
function prepareStatements(sqlite: Database.Database, { filters }: JsonlLinesOptions) {
  const where = documentConditions(filters, { projectId: () => "@projectId", language: () => "@language", from: () => "@from", to: () => "@to" });
  const spans = `(SELECT group_concat(${spanJson}, ',' ORDER BY a.start, a."end", a.id)
    FROM annotations a LEFT JOIN entity_types t ON t.id = a.entity_type_id LEFT JOIN claims c ON c.id = a.claim_id
    WHERE a.document_id = d.id AND a.deleted_at IS NULL AND ${setCondition("a", filters.set)})`;
  const relations = `(SELECT group_concat(${relationJson}, ',' ORDER BY rel.id)
    FROM relations rel JOIN users u ON u.id = rel.author_id JOIN relation_types t ON t.id = rel.relation_type_id
    WHERE rel.document_id = d.id AND rel.deleted_at IS NULL AND ${setCondition("rel", filters.set)})`;
  const labels = `(SELECT group_concat(${labelJson}, ',' ORDER BY l.id)
    FROM document_labels l JOIN users u ON u.id = l.author_id JOIN claims c ON c.id = l.claim_id
    WHERE l.document_id = d.id AND ${setCondition("l", filters.set)})`;
  const head = `concat('{"format":"claimdesk-jsonl","version":1,"id":', d.id, ',"title":', ${quote("d.title")}, ',"text":', ${quote("d.text")},
    ',"language":', ${quote("d.language")}, ',"publishedAt":', ${quote("d.published_at")}, ',"sourceUrl":', ${quote("d.source_url")},
    ',"externalId":', ${quote("d.external_id")}, ',"metadata":')`;
  const decisions = exportsDecisions(filters.set)
    ? `'],"suggestionDecisions":[', (SELECT group_concat(${decisionJson}, ',' ORDER BY sd.id)
        FROM suggestion_decisions sd JOIN users u ON u.id = sd.user_id WHERE sd.document_id = d.id),
      '],"predictions":[', (SELECT group_concat(${predictionJson}, ',' ORDER BY a.start, a."end", a.id)
        FROM annotations a JOIN annotation_predictions ap ON ap.annotation_id = a.id LEFT JOIN entity_types t ON t.id = a.entity_type_id
        WHERE a.document_id = d.id AND a."set" = 'preannotation' AND a.origin = 'prediction' AND a.deleted_at IS NULL), `
    : "";
  const rest = `concat(',"spans":[', ${spans}, '],"relations":[', ${relations}, '],"documentLabels":[', ${labels}, ${decisions}']}', char(10))`;
  const page = `FROM documents d LEFT JOIN document_reviews r ON r.document_id = d.id
    WHERE ${where.join(" AND ")} AND d.id > @afterId ORDER BY d.id LIMIT @limit`;
  // No ORDER BY in the aggregate: sorting the page's lines (kilobytes each) costs a tenth of the
  // export, and SQLite hands the aggregate the page's rows in their order, which `ids` confirms.
  return {
    page: sqlite.prepare<unknown[], PageRow>(
      `SELECT CAST(group_concat(line, '') AS BLOB) AS lines, json_group_array(id) AS ids,
         json_group_array(metadata) FILTER (WHERE metadata <> '{}') AS metadata
       FROM (SELECT d.id, d.metadata, concat(${head}, d.metadata, ${rest}) AS line ${page})`,
    ),
    perDocument: sqlite.prepare(`SELECT CAST(${head} AS BLOB), d.metadata, CAST(${rest} AS BLOB) ${page}`).raw(true),
  };
}

interface PageRow {
  /** Null for an empty page. */
  lines: Uint8Array | null;
  /** A JSON array of the documents' ids, in the order of their lines. */
  ids: string;
  /** A JSON array of the metadata texts other than `{}`. */
  metadata: string;
}

type DocumentLineRow = [head: Uint8Array, metadata: string, rest: Uint8Array];

// What exportClaimdeskJsonlLine writes for a document's metadata: JSON.stringify of it parsed.
const metadataJson = (stored: string) => JSON.stringify(JSON.parse(stored));
// True whenever the app wrote it: the importer and drizzle store JSON.stringify's output.
const storedAsWritten = (stored: string) => metadataJson(stored) === stored;
const ascending = (ids: number[]) => ids.every((id, k) => k === 0 || id > (ids[k - 1] ?? id));

const encoder = new TextEncoder();

/** The lines from their parts, with the metadata as exportClaimdeskJsonlLine writes it. */
function joinLines(rows: DocumentLineRow[]): Uint8Array {
  const parts = rows.flatMap(([head, metadata, rest]) => [head, encoder.encode(metadataJson(metadata)), rest]);
  const chunk = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    chunk.set(part, offset);
    offset += part.byteLength;
  }
  return chunk;
}

/** Keyset pages of `batchSize` documents, each page's lines read in one turn on the connection. */
export function readSqliteJsonlLines(connection: SqliteConnection, options: JsonlLinesOptions): AsyncGenerator<Uint8Array> {
  return sqliteKeysetPages(
    connection,
    options,
    (sqlite) => prepareStatements(sqlite, options),
    (statements, params) => {
      const row = statements.page.get(params);
      if (!row?.lines) return { ids: [], value: null };
      const ids = JSON.parse(row.ids) as number[];
      const exact = ascending(ids) && (JSON.parse(row.metadata) as string[]).every(storedAsWritten);
      return { ids, value: exact ? row.lines : joinLines(statements.perDocument.all(params) as DocumentLineRow[]) };
    },
  );
}
