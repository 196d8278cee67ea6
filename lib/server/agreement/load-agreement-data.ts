import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, documentLabels, documents, entityTypes, users } from "@/db/schema";
import {
  type AgreementData,
  type AgreementDocument,
  type SubmittedDocument,
} from "./agreement-data";
import { type LabelNames, type SpanRow, newLabelNames, spanRowsQuery, toDocumentWork } from "./span-rows";

/*
 * The queries below return one row per document with its items as JSON arrays: SQLite builds them
 * far faster than the driver hands over hundreds of thousands of rows. Items of sets that were not
 * submitted belong to no coder and are left out, so no join to assignments is needed.
 */

/**
 * Loads what the figures are computed from: the submissions, their annotators, the entity types,
 * the document labels and the document count; the spans are read while the caller visits the
 * documents. Only sets with a submitted assignment receive spans and labels, so work in progress
 * never counts; documents with fewer than two submissions are dropped. Call it inside a read
 * transaction that also covers the visit, so that every query sees the same submissions.
 */
export function loadAgreementData(db: Db, projectId: number, requiredSubmissions: number): AgreementData {
  const { submitted, complete } = readSubmissions(db, projectId, requiredSubmissions);
  const typeRows = db
    .select({ id: entityTypes.id, key: entityTypes.key })
    .from(entityTypes)
    .where(eq(entityTypes.projectId, projectId))
    .orderBy(asc(entityTypes.position), asc(entityTypes.id))
    .all();
  const typeKeys = new Map(typeRows.map((type) => [type.id, type.key]));
  const labelsByDocument = readDocumentLabels(db, projectId);

  const [total] = db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId)).all();
  const annotatorIds = [...new Set(submitted.flatMap((document) => document.annotatorIds))].sort((a, b) => a - b);
  const names = new Map(
    (annotatorIds.length === 0
      ? []
      : db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, annotatorIds)).all()
    ).map((user) => [user.id, user.name || user.email]),
  );
  return {
    documents: submitted,
    visitDocuments: (visit) => visitSubmittedSets(db, projectId, submitted, typeKeys, labelsByDocument, visit),
    annotators: annotatorIds.map((id) => ({ id, name: names.get(id) ?? `User ${id}` })),
    entityTypeKeys: typeRows.map((type) => type.key),
    requiredSubmissions,
    complete,
    total: total?.n ?? 0,
  };
}

/** The documents at least two annotators submitted, ascending by id. */
function readSubmissions(db: Db, projectId: number, requiredSubmissions: number) {
  const rows = db
    .select({
      id: documents.id,
      title: documents.title,
      chars: documents.chars,
      userIds: sql<string>`json_group_array(${assignments.userId})`,
    })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .where(and(eq(documents.projectId, projectId), eq(assignments.status, "submitted")))
    .groupBy(documents.id)
    .orderBy(asc(documents.id))
    .all();
  const submitted: SubmittedDocument[] = [];
  let complete = 0;
  for (const row of rows) {
    const annotatorIds = (JSON.parse(row.userIds) as number[]).sort((a, b) => a - b);
    if (annotatorIds.length >= requiredSubmissions) complete++;
    if (annotatorIds.length >= 2) submitted.push({ id: row.id, title: row.title, length: row.chars, annotatorIds });
  }
  return { submitted, complete };
}

/**
 * Walks the documents and the span rows (both in document order) side by side, and hands each
 * document with its work to `visit`. The statement is closed even when `visit` throws.
 */
function visitSubmittedSets(
  db: Db,
  projectId: number,
  submitted: readonly SubmittedDocument[],
  typeKeys: ReadonlyMap<number, string>,
  labelsByDocument: ReadonlyMap<number, string>,
  visit: (document: AgreementDocument) => void,
): void {
  const { sql: query, params } = spanRowsQuery(db, projectId).toSQL();
  const rows = db.$client.prepare(query).raw().iterate(...params) as IterableIterator<SpanRow>;
  const labelNames = newLabelNames(typeKeys);
  try {
    let row = rows.next();
    for (const document of submitted) {
      while (!row.done && row.value[0] < document.id) row = rows.next();
      const spans = !row.done && row.value[0] === document.id ? row.value : undefined;
      visit(toAgreementDocument(document, spans, labelsByDocument.get(document.id), labelNames));
    }
  } finally {
    rows.return?.();
  }
}

/** A document's work from its span row (none if nobody marked a span) and its document labels. */
function toAgreementDocument(
  document: SubmittedDocument,
  row: SpanRow | undefined,
  labelsJson: string | undefined,
  labelNames: LabelNames,
): AgreementDocument {
  const { id, title, length, annotatorIds } = document;
  const { entities, claims, claimStances } = toDocumentWork(row, annotatorIds, labelNames);
  return { id, title, length, annotatorIds, entities, claims, claimStances, documentStances: toDocumentStances(annotatorIds, labelsJson) };
}

/** Each document's document-level stances, submitted or not, as JSON [author, claim, stance] triples in claim id order. */
function readDocumentLabels(db: Db, projectId: number): Map<number, string> {
  const rows = db
    .select({
      documentId: documentLabels.documentId,
      labels: sql<string>`json_group_array(json_array(${documentLabels.authorId}, ${documentLabels.claimId}, ${documentLabels.stance})
        order by ${documentLabels.claimId}, ${documentLabels.authorId})`,
    })
    .from(documentLabels)
    .where(and(eq(documentLabels.projectId, projectId), eq(documentLabels.set, "annotator")))
    .groupBy(documentLabels.documentId)
    .all();
  return new Map(rows.map((row) => [row.documentId, row.labels]));
}

/** Per coder, the document-level stances of the document's annotators. */
function toDocumentStances(annotatorIds: readonly number[], labelsJson: string | undefined): Map<number, string>[] {
  const stances = annotatorIds.map(() => new Map<number, string>());
  if (labelsJson === undefined) return stances;
  for (const [authorId, claimId, stance] of JSON.parse(labelsJson) as [number, number, string][]) {
    stances[annotatorIds.indexOf(authorId)]?.set(claimId, stance);
  }
  return stances;
}
