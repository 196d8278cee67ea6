import "server-only";
import type { Db } from "@/db/client";
import type {
  ExportDocument,
  ExportDocumentLabel,
  ExportPrediction,
  ExportRelation,
  ExportSpan,
  ExportSuggestionDecision,
} from "@/lib/domain/export/dataset-model";
import type { ExportFilters } from "./export-filters";
import { ExportLookups } from "./export-lookups";
import { type DecisionRow, type ExportRows, exportsDecisions, type PredictionRow, readExportRows, type SpanRow } from "./export-rows/export-rows";

/** A document ready for the exporters, with the review state that decides whether it has a gold set. */
export interface LoadedDocument {
  document: ExportDocument;
  adjudicated: boolean;
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

function toExportDecision(row: DecisionRow): ExportSuggestionDecision {
  return {
    id: row.id,
    recommender: row.recommender,
    layer: row.layer,
    start: row.start,
    end: row.end,
    quote: row.quote,
    label: row.label,
    score: row.score_permille / 1000,
    decision: row.decision,
    decidedBy: row.email,
    decidedAt: new Date(row.created_at).toISOString(),
    spanId: row.annotation_id,
  };
}

function toExportPrediction(row: PredictionRow, lookups: ExportLookups): ExportPrediction {
  return {
    id: row.id,
    origin: "prediction",
    modelVersion: row.model_version,
    score: row.score === null ? null : (JSON.parse(row.score) as number | null),
    layer: row.layer,
    start: row.start,
    end: row.end,
    quote: row.quote,
    entityType: lookups.entityTypeKey(row.entity_type_id),
    stance: row.stance,
  };
}

/** Documents per batch: what an export holds in memory at a time. */
export const defaultExportBatchSize = 200;

const byPosition = (a: ExportSpan, b: ExportSpan) => a.start - b.start || a.end - b.end || a.id - b.id;

/** Appends each row to its document's list. */
function groupInto<R, T>(rows: R[], documentIdOf: (row: R) => number, byId: Map<number, T[]>, convert: (row: R) => T) {
  for (const row of rows) byId.get(documentIdOf(row))?.push(convert(row));
}

function toLoadedDocuments(batch: ExportRows, lookups: ExportLookups, withDecisions: boolean): LoadedDocument[] {
  const { documents } = batch;
  const spans = new Map(documents.map((row) => [row.id, [] as ExportSpan[]]));
  const relations = new Map(documents.map((row) => [row.id, [] as ExportRelation[]]));
  const labels = new Map(documents.map((row) => [row.id, [] as ExportDocumentLabel[]]));
  groupInto(batch.spans, (row) => row[1], spans, (row) => toExportSpan(row, lookups));
  for (const list of spans.values()) list.sort(byPosition);
  groupInto(batch.relations, (row) => row.document_id, relations, (row) => ({
    id: row.id,
    set: row.set,
    annotator: row.set === "gold" ? null : row.email,
    type: row.type,
    fromId: row.from_id,
    toId: row.to_id,
  }));
  groupInto(batch.labels, (row) => row.document_id, labels, (row) => ({
    set: row.set,
    annotator: row.set === "gold" ? null : row.email,
    claimId: row.claim_id,
    claimStatement: row.statement,
    stance: row.stance,
  }));
  const decisions = withDecisions ? new Map(documents.map((row) => [row.id, [] as ExportSuggestionDecision[]])) : null;
  if (decisions) groupInto(batch.decisions, (row) => row.document_id, decisions, toExportDecision);
  const predictions = withDecisions ? new Map(documents.map((row) => [row.id, [] as ExportPrediction[]])) : null;
  if (predictions) groupInto(batch.predictions, (row) => row.document_id, predictions, (row) => toExportPrediction(row, lookups));
  return documents.map((row) => ({
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
      ...(decisions ? { suggestionDecisions: decisions.get(row.id) ?? [] } : {}),
      ...(predictions ? { predictions: predictions.get(row.id) ?? [] } : {}),
    },
  }));
}

/**
 * The project's documents in id order, `batchSize` at a time, each batch with its spans,
 * relations and labels (and, for set `all`, suggestion decisions and the model server's
 * predictions), so memory holds one batch.
 * `accept` skips documents by id before their annotations are read. Stopping early (the
 * consumer returns) releases what the reading holds.
 */
export async function* loadExportBatches(options: {
  db: Db;
  projectId: number;
  filters: ExportFilters;
  batchSize?: number;
  accept?: (documentId: number) => boolean;
}): AsyncGenerator<LoadedDocument[]> {
  const { db, projectId, filters, accept } = options;
  const lookups = await ExportLookups.load(db, projectId);
  for await (const batch of readExportRows({ projectId, filters, batchSize: options.batchSize ?? defaultExportBatchSize, accept })) {
    await lookups.complete(batch.spans);
    yield toLoadedDocuments(batch, lookups, exportsDecisions(filters.set));
  }
}
