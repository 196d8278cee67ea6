import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, documentLabels, documents, entityTypes, users } from "@/db/schema";
import {
  type AgreementData,
  type AgreementDocument,
  type SubmittedDocument,
} from "./agreement-data";
import { type DocumentSpans, type LabelNames, type SpanRowReader, newLabelNames, toDocumentWork } from "./span-rows";

/** A document-level stance: [author, catalog claim, stance]. */
type DocumentLabel = [authorId: number, claimId: number, stance: string];

/**
 * Loads what the figures are computed from: the submissions, their annotators, the entity types,
 * the document labels and the document count; the spans are read with `readSpanRows` while the
 * caller visits the documents. Only sets with a submitted assignment receive spans and labels, so
 * work in progress never counts; documents with fewer than two submissions are dropped. Call it in
 * the read that `readSpanRows` belongs to (readAgreementSnapshot), so that every query, the visit's
 * included, sees the same submissions.
 */
export async function loadAgreementData(
  db: Db,
  readSpanRows: SpanRowReader,
  projectId: number,
  requiredSubmissions: number,
): Promise<AgreementData> {
  const { submitted, complete } = await readSubmissions(db, projectId, requiredSubmissions);
  const typeRows = await db
    .select({ id: entityTypes.id, key: entityTypes.key })
    .from(entityTypes)
    .where(eq(entityTypes.projectId, projectId))
    .orderBy(asc(entityTypes.position), asc(entityTypes.id));
  const typeKeys = new Map(typeRows.map((type) => [type.id, type.key]));
  const labelsByDocument = await readDocumentLabels(db, projectId);

  const [total] = await db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId));
  const annotatorIds = [...new Set(submitted.flatMap((document) => document.annotatorIds))].sort((a, b) => a - b);
  const names = new Map(
    (annotatorIds.length === 0
      ? []
      : await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, annotatorIds))
    ).map((user) => [user.id, user.name || user.email]),
  );
  return {
    documents: submitted,
    visitDocuments: (visit) => visitSubmittedSets(readSpanRows, projectId, submitted, typeKeys, labelsByDocument, visit),
    annotators: annotatorIds.map((id) => ({ id, name: names.get(id) ?? `User ${id}` })),
    entityTypeKeys: typeRows.map((type) => type.key),
    requiredSubmissions,
    complete,
    total: total?.n ?? 0,
  };
}

/** The documents at least two annotators submitted, ascending by id. */
async function readSubmissions(db: Db, projectId: number, requiredSubmissions: number) {
  const rows = await db
    .select({ id: documents.id, title: documents.title, chars: documents.chars, userId: assignments.userId })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .where(and(eq(documents.projectId, projectId), eq(assignments.status, "submitted")))
    .orderBy(asc(documents.id), asc(assignments.userId));
  const submitted: SubmittedDocument[] = [];
  let complete = 0;
  const add = (document: SubmittedDocument | undefined) => {
    if (!document) return;
    if (document.annotatorIds.length >= requiredSubmissions) complete++;
    if (document.annotatorIds.length >= 2) submitted.push(document);
  };
  let current: SubmittedDocument | undefined;
  for (const row of rows) {
    if (current?.id !== row.id) {
      add(current);
      current = { id: row.id, title: row.title, length: row.chars, annotatorIds: [] };
    }
    current.annotatorIds.push(row.userId);
  }
  add(current);
  return { submitted, complete };
}

/**
 * Walks the documents and the span rows (both in document order) side by side, and hands each
 * document with its work to `visit`; documents nobody marked a span in come with none.
 */
async function visitSubmittedSets(
  readSpanRows: SpanRowReader,
  projectId: number,
  submitted: readonly SubmittedDocument[],
  typeKeys: ReadonlyMap<number, string>,
  labelsByDocument: ReadonlyMap<number, DocumentLabel[]>,
  visit: (document: AgreementDocument) => void,
): Promise<void> {
  const labelNames = newLabelNames(typeKeys);
  let next = 0;
  const visitNext = (spans: DocumentSpans | undefined) => {
    const document = submitted[next++]!;
    visit(toAgreementDocument(document, spans, labelsByDocument.get(document.id), labelNames));
  };
  await readSpanRows(projectId, (spans) => {
    while (next < submitted.length && submitted[next]!.id < spans.documentId) visitNext(undefined);
    if (next < submitted.length && submitted[next]!.id === spans.documentId) visitNext(spans);
  });
  while (next < submitted.length) visitNext(undefined);
}

/** A document's work from its spans and its document labels. */
function toAgreementDocument(
  document: SubmittedDocument,
  spans: DocumentSpans | undefined,
  labels: readonly DocumentLabel[] | undefined,
  labelNames: LabelNames,
): AgreementDocument {
  const { id, title, length, annotatorIds } = document;
  const { entities, claims, claimStances } = toDocumentWork(spans, annotatorIds, labelNames);
  return { id, title, length, annotatorIds, entities, claims, claimStances, documentStances: toDocumentStances(annotatorIds, labels) };
}

/** Each document's document-level stances, submitted or not, in claim id order. */
async function readDocumentLabels(db: Db, projectId: number): Promise<Map<number, DocumentLabel[]>> {
  const rows = await db
    .select({ documentId: documentLabels.documentId, authorId: documentLabels.authorId, claimId: documentLabels.claimId, stance: documentLabels.stance })
    .from(documentLabels)
    .where(and(eq(documentLabels.projectId, projectId), eq(documentLabels.set, "annotator")))
    .orderBy(asc(documentLabels.documentId), asc(documentLabels.claimId), asc(documentLabels.authorId));
  const labelsByDocument = new Map<number, DocumentLabel[]>();
  for (const { documentId, authorId, claimId, stance } of rows) {
    let labels = labelsByDocument.get(documentId);
    if (!labels) labelsByDocument.set(documentId, (labels = []));
    labels.push([authorId, claimId, stance]);
  }
  return labelsByDocument;
}

/** Per coder, the document-level stances of the document's annotators. */
function toDocumentStances(annotatorIds: readonly number[], labels: readonly DocumentLabel[] | undefined): Map<number, string>[] {
  const stances = annotatorIds.map(() => new Map<number, string>());
  for (const [authorId, claimId, stance] of labels ?? []) stances[annotatorIds.indexOf(authorId)]?.set(claimId, stance);
  return stances;
}
