import "server-only";
import type { Db } from "@/db/client";
import type { ExportDocument, ExportDocumentLabel, ExportRelation, ExportSpan } from "@/lib/domain/export/dataset-model";
import type { ExportFilters } from "./export-filters";
import { ExportLookups } from "./export-lookups";

/** A document ready for the exporters, with the review state that decides whether it has a gold set. */
export interface LoadedDocument {
  document: ExportDocument;
  adjudicated: boolean;
}

// Annotators' work is visible to reviewers only once submitted (DESIGN: "after submission").
const submittedByAuthor = (alias: string) =>
  `EXISTS (SELECT 1 FROM assignments s WHERE s.document_id = ${alias}.document_id AND s.user_id = ${alias}.author_id AND s.status = 'submitted')`;

function setCondition(alias: string, set: ExportFilters["set"]): string {
  const gold = `${alias}."set" = 'gold'`;
  const annotator = `(${alias}."set" = 'annotator' AND ${submittedByAuthor(alias)})`;
  if (set === "gold") return gold;
  if (set === "annotators") return annotator;
  return `(${gold} OR ${annotator})`;
}

function documentQuery(filters: ExportFilters): string {
  const where = ["d.project_id = @projectId", "d.id > @afterId"];
  if (filters.language) where.push("d.language = @language");
  // Partial ISO dates compare as strings: `2022-10-05` is within from=2022-10 and to=2022-10.
  if (filters.from) where.push("d.published_at >= @from");
  if (filters.to) where.push("substr(d.published_at, 1, length(@to)) <= @to");
  if (filters.status === "adjudicated") where.push("r.status = 'adjudicated'");
  if (filters.status === "submitted") {
    where.push("EXISTS (SELECT 1 FROM assignments s WHERE s.document_id = d.id AND s.status = 'submitted')");
  }
  return `SELECT d.id, d.title, d.text, d.language, d.published_at, d.source_url, d.external_id, d.metadata,
      r.status AS review_status
    FROM documents d LEFT JOIN document_reviews r ON r.document_id = d.id
    WHERE ${where.join(" AND ")} ORDER BY d.id LIMIT @limit`;
}

const batchIds = "(SELECT value FROM json_each(@ids))";

// No joins and no ORDER BY: names come from ExportLookups and each document's spans are sorted
// in memory, which together halve the cost of reading a million spans.
function spanQuery(set: ExportFilters["set"]): string {
  return `SELECT a.id, a.document_id, a."set", a.author_id, a.layer, a.start, a."end", a.quote, a.entity_type_id,
      a.entity_id, a.claim_id, a.stance, a.claimant_entity_id, a.claimant_mention_id, a.note, a.source_annotation_ids
    FROM annotations a
    WHERE a.document_id IN ${batchIds} AND a.deleted_at IS NULL AND ${setCondition("a", set)}`;
}

function relationQuery(set: ExportFilters["set"]): string {
  return `SELECT r.id, r.document_id, r."set", u.email, t.key AS type, r.from_id, r.to_id
    FROM relations r JOIN users u ON u.id = r.author_id JOIN relation_types t ON t.id = r.relation_type_id
    WHERE r.document_id IN ${batchIds} AND r.deleted_at IS NULL AND ${setCondition("r", set)}
    ORDER BY r.document_id, r.id`;
}

function labelQuery(set: ExportFilters["set"]): string {
  return `SELECT l.document_id, l."set", u.email, l.claim_id, c.statement, l.stance
    FROM document_labels l JOIN users u ON u.id = l.author_id JOIN claims c ON c.id = l.claim_id
    WHERE l.document_id IN ${batchIds} AND ${setCondition("l", set)}
    ORDER BY l.document_id, l.id`;
}

interface DocumentRow {
  id: number;
  title: string;
  text: string;
  language: string;
  published_at: string | null;
  source_url: string | null;
  external_id: string | null;
  metadata: string;
  review_status: string | null;
}

/**
 * Span rows are read as arrays (better-sqlite3's raw mode): a million spans per export make
 * per-row objects the largest cost of the read. The order matches `spanQuery`'s columns.
 */
type SpanRow = [
  id: number,
  documentId: number,
  set: "annotator" | "gold",
  authorId: number,
  layer: "claim" | "entity",
  start: number,
  end: number,
  quote: string,
  entityTypeId: number | null,
  entityId: number | null,
  claimId: number | null,
  stance: string | null,
  claimantEntityId: number | null,
  claimantMentionId: number | null,
  note: string,
  sourceAnnotationIds: string | null,
];

interface RelationRow {
  id: number;
  document_id: number;
  set: "annotator" | "gold";
  email: string;
  type: string;
  from_id: number;
  to_id: number;
}

interface LabelRow {
  document_id: number;
  set: "annotator" | "gold";
  email: string;
  claim_id: number;
  statement: string;
  stance: string;
}

function toExportSpan(row: SpanRow, lookups: ExportLookups): ExportSpan {
  const [id, , set, authorId, layer, start, end, quote, entityTypeId, entityId, claimId, stance, claimantEntityId,
    claimantMentionId, note, sourceAnnotationIds] = row;
  return {
    id,
    set,
    annotator: set === "gold" ? null : lookups.email(authorId),
    layer,
    start,
    end,
    quote,
    entityType: lookups.entityTypeKey(entityTypeId),
    entity: lookups.entity(entityId),
    claim: lookups.claim(claimId),
    stance,
    claimant: lookups.claimant(claimantEntityId),
    claimantMentionId,
    note,
    sourceAnnotationIds: sourceAnnotationIds === null ? null : (JSON.parse(sourceAnnotationIds) as number[]),
  };
}

const byPosition = (a: ExportSpan, b: ExportSpan) => a.start - b.start || a.end - b.end || a.id - b.id;

/** Appends each row to its document's list. */
function groupInto<R, T>(rows: R[], documentIdOf: (row: R) => number, byId: Map<number, T[]>, convert: (row: R) => T) {
  for (const row of rows) byId.get(documentIdOf(row))?.push(convert(row));
}

/**
 * The project's documents in id order, `batchSize` at a time (keyset pagination), each batch
 * with its spans, relations and labels read by one query each, so memory holds one batch.
 * `accept` skips documents by id before their annotations are read.
 */
export function* loadExportBatches(options: {
  db: Db;
  projectId: number;
  filters: ExportFilters;
  batchSize?: number;
  accept?: (documentId: number) => boolean;
}): Generator<LoadedDocument[]> {
  const { db, projectId, filters } = options;
  const sqlite = db.$client;
  const documentsStatement = sqlite.prepare<unknown[], DocumentRow>(documentQuery(filters));
  const spansStatement = sqlite.prepare(spanQuery(filters.set)).raw(true);
  const lookups = new ExportLookups(sqlite, projectId);
  const relationsStatement = sqlite.prepare<unknown[], RelationRow>(relationQuery(filters.set));
  const labelsStatement = sqlite.prepare<unknown[], LabelRow>(labelQuery(filters.set));
  const limit = options.batchSize ?? 200;
  const params = {
    projectId,
    limit,
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
  let afterId = 0;
  for (;;) {
    const rows = documentsStatement.all({ ...params, afterId });
    const last = rows.at(-1);
    if (!last) return;
    afterId = last.id;
    const accepted = options.accept ? rows.filter((row) => options.accept!(row.id)) : rows;
    if (accepted.length > 0) yield readAnnotations(accepted);
    if (rows.length < limit) return;
  }

  function readAnnotations(rows: DocumentRow[]): LoadedDocument[] {
    const ids = JSON.stringify(rows.map((row) => row.id));
    const spans = new Map(rows.map((row) => [row.id, [] as ExportSpan[]]));
    const relations = new Map(rows.map((row) => [row.id, [] as ExportRelation[]]));
    const labels = new Map(rows.map((row) => [row.id, [] as ExportDocumentLabel[]]));
    groupInto(spansStatement.all({ ids }) as SpanRow[], (row) => row[1], spans, (row) => toExportSpan(row, lookups));
    for (const list of spans.values()) list.sort(byPosition);
    groupInto(relationsStatement.all({ ids }), (row) => row.document_id, relations, (row) => ({
      id: row.id,
      set: row.set,
      annotator: row.set === "gold" ? null : row.email,
      type: row.type,
      fromId: row.from_id,
      toId: row.to_id,
    }));
    groupInto(labelsStatement.all({ ids }), (row) => row.document_id, labels, (row) => ({
      set: row.set,
      annotator: row.set === "gold" ? null : row.email,
      claimId: row.claim_id,
      claimStatement: row.statement,
      stance: row.stance,
    }));
    return rows.map((row) => ({
      adjudicated: row.review_status === "adjudicated",
      document: {
        id: row.id,
        title: row.title,
        text: row.text,
        language: row.language,
        publishedAt: row.published_at,
        sourceUrl: row.source_url,
        externalId: row.external_id,
        metadata: JSON.parse(row.metadata) as Record<string, unknown>,
        spans: spans.get(row.id) ?? [],
        relations: relations.get(row.id) ?? [],
        documentLabels: labels.get(row.id) ?? [],
      },
    }));
  }
}
