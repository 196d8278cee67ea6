/**
 * The shape every exporter reads: one document with everything annotated on it. A service
 * builds these one at a time from the database, so exporters never hold more than one
 * document. Offsets are Unicode code points, half-open [start, end), into `text`, and each
 * span's `quote` equals Python's `text[start:end]`.
 */

export type ExportSet = "annotator" | "gold";
export type ExportLayer = "entity" | "claim";

export interface ExportSpan {
  id: number;
  set: ExportSet;
  /** The author's email; null for gold spans. */
  annotator: string | null;
  layer: ExportLayer;
  start: number;
  end: number;
  quote: string;
  /** Entity layer: the entity type key. */
  entityType: string | null;
  entity: { id: number; name: string; externalId: string | null } | null;
  /** Claim layer: the canonical claim the span states. */
  claim: { id: number; statement: string } | null;
  stance: string | null;
  claimant: { id: number; name: string } | null;
  /** The span (in the same document) naming who made the claim. */
  claimantMentionId: number | null;
  note: string;
  /** Gold spans: the annotator spans they were adjudicated from. */
  sourceAnnotationIds: number[] | null;
}

export interface ExportRelation {
  id: number;
  set: ExportSet;
  annotator: string | null;
  /** The relation type key. */
  type: string;
  fromId: number;
  toId: number;
}

export interface ExportDocumentLabel {
  set: ExportSet;
  annotator: string | null;
  claimId: number;
  claimStatement: string;
  stance: string;
}

/** What a person did with a recommender's suggestion in the document (exports of set `all` only). */
export interface ExportSuggestionDecision {
  id: number;
  recommender: string;
  layer: ExportLayer;
  start: number;
  end: number;
  quote: string;
  /** The suggested label: an entity type's key, a claim's id, a stance. */
  label: string;
  /** 0–1, as recorded (to the thousandth). */
  score: number;
  decision: "accepted" | "rejected";
  /** The email of who decided. */
  decidedBy: string;
  /** ISO 8601, to the millisecond, UTC. */
  decidedAt: string;
  /** The span that accepting created, when it is known. */
  spanId: number | null;
}

/** A span the project's model server predicted (a pre-annotation), nobody's work (exports of set `all` only). */
export interface ExportPrediction {
  id: number;
  origin: "prediction";
  /** The model version the server named. */
  modelVersion: string;
  /** The prediction's score, as the server gave it; null when it gave none. */
  score: number | null;
  layer: ExportLayer;
  start: number;
  end: number;
  quote: string;
  /** Entity layer: the entity type key; null for an untyped entity and for claims. */
  entityType: string | null;
  stance: string | null;
}

export interface ExportDocument {
  id: number;
  title: string;
  text: string;
  language: string;
  /** ISO 8601, possibly partial (`2022-10`). */
  publishedAt: string | null;
  sourceUrl: string | null;
  externalId: string | null;
  metadata: Record<string, unknown>;
  spans: ExportSpan[];
  relations: ExportRelation[];
  documentLabels: ExportDocumentLabel[];
  /** Present in exports of set `all` only, in id order. */
  suggestionDecisions?: ExportSuggestionDecision[];
  /** Present in exports of set `all` only, in text order. */
  predictions?: ExportPrediction[];
}

/** The project's label schema, in display order. */
export interface ExportLabelSchema {
  entityTypes: { key: string; name: string; color: string }[];
  stanceLabels: { key: string; name: string; color: string }[];
  relationTypes: { key: string; name: string; directed: boolean }[];
}

/** What exporters need besides the document: small, built once per export. */
export interface ExportContext {
  projectName: string;
  schema: ExportLabelSchema;
}

/** The label of claim spans in formats that only know typed spans (brat, Label Studio, doccano). */
export const CLAIM_LABEL = "Claim";
/** The label of an entity span whose type was deleted from the schema. */
export const UNTYPED_ENTITY_LABEL = "ENTITY";

export function spanLabel(span: Pick<ExportSpan, "layer" | "entityType">): string {
  return span.layer === "claim" ? CLAIM_LABEL : (span.entityType ?? UNTYPED_ENTITY_LABEL);
}

/** Whose annotations a file holds: formats such as CoNLL can hold only one annotator's at a time. */
export type SpanSelector = { set: "gold" } | { set: "annotator"; annotator: string };

/** The document restricted to one set of annotations (spans, relations and labels alike). */
export function selectAnnotationSet(document: ExportDocument, selector: SpanSelector): ExportDocument {
  const matches = (item: { set: ExportSet; annotator: string | null }) =>
    item.set === selector.set && (selector.set === "gold" || item.annotator === selector.annotator);
  return {
    ...document,
    spans: document.spans.filter(matches),
    relations: document.relations.filter(matches),
    documentLabels: document.documentLabels.filter(matches),
  };
}

/** The distinct annotation sets present in a document, gold first. */
export function annotationSetsOf(document: ExportDocument): SpanSelector[] {
  const selectors: SpanSelector[] = [];
  const seen = new Set<string>();
  for (const item of [...document.spans, ...document.relations, ...document.documentLabels]) {
    const key = item.set === "gold" ? "gold" : `annotator:${item.annotator ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    selectors.push(item.set === "gold" ? { set: "gold" } : { set: "annotator", annotator: item.annotator ?? "" });
  }
  return selectors.sort((a, b) => (a.set === b.set ? 0 : a.set === "gold" ? -1 : 1));
}
