import "server-only";
import { getEngine } from "@/db/client";
import type { ExportFilters } from "../export-filters";
import { readPostgresExportRows } from "./postgres-export-rows";
import { readSqliteExportRows } from "./sqlite-export-rows";
import { readSqliteJsonlLines } from "./sqlite-jsonl-lines";

/** A document as stored; `metadata` is its JSON text. */
export interface DocumentRow {
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
 * A span as an array: a million spans per export make per-row objects the largest cost of the
 * read. The order is `spanColumns`'; `sourceAnnotationIds` is JSON text.
 */
export type SpanRow = [
  id: number,
  documentId: number,
  set: "annotator" | "gold",
  authorId: number,
  layer: "entity" | "claim",
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

export interface RelationRow {
  id: number;
  document_id: number;
  set: "annotator" | "gold";
  email: string;
  type: string;
  from_id: number;
  to_id: number;
}

export interface LabelRow {
  document_id: number;
  set: "annotator" | "gold";
  email: string;
  claim_id: number;
  statement: string;
  stance: string;
}

/** A suggestion decision with the decider's email; `created_at` in milliseconds since the epoch. */
export interface DecisionRow {
  id: number;
  document_id: number;
  recommender: string;
  layer: "entity" | "claim";
  start: number;
  end: number;
  quote: string;
  label: string;
  score_permille: number;
  decision: "accepted" | "rejected";
  email: string;
  created_at: number;
  annotation_id: number | null;
}

/** A model server's pre-annotation with its model version; `score` is its JSON text. */
export interface PredictionRow {
  id: number;
  document_id: number;
  model_version: string;
  score: string | null;
  layer: "entity" | "claim";
  start: number;
  end: number;
  quote: string;
  entity_type_id: number | null;
  stance: string | null;
}

/** One batch of documents in id order, with the rows of their annotations in no particular order. */
export interface ExportRows {
  documents: DocumentRow[];
  spans: SpanRow[];
  /** In id order within each document. */
  relations: RelationRow[];
  /** In id order within each document. */
  labels: LabelRow[];
  /** In id order within each document; empty unless the set is `all` (see exportsDecisions). */
  decisions: DecisionRow[];
  /** In text order within each document; empty unless the set is `all` (see exportsDecisions). */
  predictions: PredictionRow[];
}

export interface ExportRowsOptions {
  projectId: number;
  filters: ExportFilters;
  batchSize: number;
  /** Skips documents by id before their annotations are read. */
  accept?: (documentId: number) => boolean;
}

export type JsonlLinesOptions = Omit<ExportRowsOptions, "accept">;

/** How an engine reads a JSON column as JSON text. */
export type JsonAsText = (column: string) => string;

/** The span columns, in `SpanRow` order, of the annotations aliased `a`. */
export const spanColumns = (jsonAsText: JsonAsText) =>
  `a.id, a.document_id, a."set", a.author_id, a.layer, a.start, a."end", a.quote, a.entity_type_id,
  a.entity_id, a.claim_id, a.stance, a.claimant_entity_id, a.claimant_mention_id, a.note, ${jsonAsText("a.source_annotation_ids")}`;

// Annotators' work is visible to reviewers only once submitted (DESIGN: "after submission").
const submittedByAuthor = (alias: string) =>
  `EXISTS (SELECT 1 FROM assignments s WHERE s.document_id = ${alias}.document_id AND s.user_id = ${alias}.author_id AND s.status = 'submitted')`;

/** Which of the rows aliased `alias` (spans, relations, labels) the chosen set holds. */
export function setCondition(alias: string, set: ExportFilters["set"]): string {
  const gold = `${alias}."set" = 'gold'`;
  const annotator = `(${alias}."set" = 'annotator' AND ${submittedByAuthor(alias)})`;
  if (set === "gold") return gold;
  if (set === "annotators") return annotator;
  return `(${gold} OR ${annotator})`;
}

/**
 * Whether the export carries the suggestion decisions and the model server's predictions: only
 * set `all` does, so that the model's help can be studied, while gold and annotators exports
 * stay the annotations alone.
 */
export const exportsDecisions = (set: ExportFilters["set"]) => set === "all";

/** The `DecisionRow` columns but `created_at` of decisions `sd` and their deciders `u`. */
export const decisionColumns = `sd.id, sd.document_id, sd.recommender, sd.layer, sd.start, sd."end", sd.quote, sd.label,
  sd.score_permille, sd.decision, u.email, sd.annotation_id`;

/** The `PredictionRow` columns but `score` of the live predictions `a` and their runs `ap` (predictionsFrom). */
export const predictionColumns = `a.id, a.document_id, ap.model_version, a.layer, a.start, a."end", a.quote, a.entity_type_id, a.stance`;

/** The model server's live pre-annotations `a` with their predictions `ap`, for `WHERE … a.document_id`. */
export const predictionsFrom = `annotations a JOIN annotation_predictions ap ON ap.annotation_id = a.id
  WHERE a."set" = 'preannotation' AND a.origin = 'prediction' AND a.deleted_at IS NULL`;

/** Each engine's placeholder for a parameter, bound when asked for. */
export type Placeholders = Record<"projectId" | "language" | "from" | "to", () => string>;

/**
 * The conditions on documents `d` (with their reviews `r`) that the filters ask for. Partial ISO
 * dates compare as strings: `2022-10-05` is within from=2022-10 and to=2022-10.
 */
export function documentConditions(filters: ExportFilters, placeholder: Placeholders): string[] {
  const where = [`d.project_id = ${placeholder.projectId()}`];
  if (filters.language) where.push(`d.language = ${placeholder.language()}`);
  if (filters.from) where.push(`d.published_at >= ${placeholder.from()}`);
  if (filters.to) where.push(`substr(d.published_at, 1, length(${placeholder.to()})) <= ${placeholder.to()}`);
  if (filters.status === "adjudicated") where.push("r.status = 'adjudicated'");
  if (filters.status === "submitted") {
    where.push("EXISTS (SELECT 1 FROM assignments s WHERE s.document_id = d.id AND s.status = 'submitted')");
  }
  return where;
}

/** The named parameters of SQLite's keyset page statements, for the filters that bind one. */
export function sqlitePageParams({ projectId, filters, batchSize }: JsonlLinesOptions) {
  return {
    projectId,
    limit: batchSize,
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/** The `DocumentRow` columns of documents `d` and their reviews `r`. */
export const documentColumns = (jsonAsText: JsonAsText) =>
  `d.id, d.title, d.text, d.language, d.published_at, d.source_url, d.external_id, ${jsonAsText("d.metadata")},
  r.status AS review_status`;

/**
 * The project's documents that the filters select, in id order, `batchSize` at a time, with
 * the rows of their annotations: SQLite reads each batch with a few statements on its one
 * connection; PostgreSQL streams one query through a server-side cursor on a pooled client of
 * its own, which goes back to the pool when the reading ends, fails or is abandoned.
 */
export function readExportRows(options: ExportRowsOptions): AsyncGenerator<ExportRows> {
  const engine = getEngine();
  return engine.kind === "sqlite" ? readSqliteExportRows(engine.connection, options) : readPostgresExportRows(engine.connection.pool, options);
}

/**
 * The Claimdesk JSONL lines of the documents that the filters select, as UTF-8, one chunk per
 * `batchSize` documents, when the engine writes them itself: SQLite does, a million spans a few
 * times faster than building them in JavaScript. Null on PostgreSQL, whose lines are built from
 * the rows (exportClaimdeskJsonlLine).
 */
export function readEngineJsonlLines(options: JsonlLinesOptions): AsyncGenerator<Uint8Array> | null {
  const engine = getEngine();
  return engine.kind === "sqlite" ? readSqliteJsonlLines(engine.connection, options) : null;
}
