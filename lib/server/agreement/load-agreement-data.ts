import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, documentLabels, documents, entityTypes, users } from "@/db/schema";
import { type SpanColumns, groupSpanColumns, viewGroupedSpanColumns } from "@/lib/domain/agreement/span-groups";
import {
  type AgreementData,
  type AgreementDocument,
  type ClaimStances,
  type SubmittedDocument,
  unlinkedClaimLabel,
  untypedEntityLabel,
} from "./agreement-data";

/*
 * The queries below return one row per document with its items as JSON arrays: SQLite builds them
 * far faster than the driver hands over hundreds of thousands of rows. Rows of sets that were not
 * submitted find no set and are skipped, so no join to assignments is needed.
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

/** A document's spans as parallel arrays, one per column, in the order of the select below. */
type SpanRow = [documentId: number, ids: string, authorIds: string, starts: string, ends: string, labels: string, stances: string];

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
  const claimLabels = new Map<number, string>();
  const labelNames: LabelNames = {
    entity: (typeId) => typeKeys.get(typeId) ?? untypedEntityLabel,
    claim: (code) => {
      let label = claimLabels.get(code);
      if (label === undefined) claimLabels.set(code, (label = code === -1 ? unlinkedClaimLabel : String(-1 - code)));
      return label;
    },
  };
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

/** Names of the label codes of SpanRow: entity type ids, and −1 − claim id for claims. */
interface LabelNames {
  entity: (typeId: number) => string;
  claim: (code: number) => string;
}

/** A document's work from its span row (none if nobody marked a span) and its document labels. */
function toAgreementDocument(
  document: SubmittedDocument,
  row: SpanRow | undefined,
  labelsJson: string | undefined,
  labelNames: LabelNames,
): AgreementDocument {
  const columns = row ? parseSpanRow(row, document.annotatorIds) : noSpans;
  const coderCount = document.annotatorIds.length;
  const { entities, claims, claimStances } = viewGroupedLayers(columns, coderCount, labelNames) ?? groupLayers(columns, coderCount, labelNames);
  const { id, title, length, annotatorIds } = document;
  return { id, title, length, annotatorIds, entities, claims, claimStances, documentStances: toDocumentStances(annotatorIds, labelsJson) };
}

function parseSpanRow(row: SpanRow, annotatorIds: readonly number[]): SpanRowColumns {
  const [, idsJson, authorIdsJson, startsJson, endsJson, labelsJson, stancesJson] = row;
  const ids = JSON.parse(idsJson) as number[];
  return {
    // −1 for spans of sets that were not submitted.
    coders: (JSON.parse(authorIdsJson) as number[]).map((authorId) => annotatorIds.indexOf(authorId)),
    keys: JSON.parse(labelsJson) as number[],
    starts: JSON.parse(startsJson) as number[],
    ends: JSON.parse(endsJson) as number[],
    ids,
    stances: JSON.parse(stancesJson) as (string | null)[],
    count: ids.length,
  };
}

const noSpans: SpanRowColumns = { coders: [], keys: [], starts: [], ends: [], ids: [], stances: [], count: 0 };

/** A span row's columns; `keys` are its label codes. */
type SpanRowColumns = SpanColumns<number> & Omit<ClaimStances, "from" | "to">;
type DocumentWork = Pick<AgreementDocument, "entities" | "claims" | "claimStances">;

/**
 * The layers as views into the row's columns, when the index handed the spans over grouped: claims
 * (layer "claim" sorts first) before entities, each label's spans together, by coder.
 */
function viewGroupedLayers(columns: SpanRowColumns, coderCount: number, labelNames: LabelNames): DocumentWork | null {
  const { keys, count } = columns;
  let split = 0;
  while (split < count && keys[split]! < 0) split++;
  for (let k = split; k < count; k++) if (keys[k]! < 0) return null;
  const claims = viewGroupedSpanColumns(columns, 0, split, coderCount, labelNames.claim);
  const entities = claims && viewGroupedSpanColumns(columns, split, count, coderCount, labelNames.entity);
  return entities && claims && { entities, claims, claimStances: { ...columns, from: 0, to: split } };
}

/** The layers grouped by copying, whatever the order of the row's columns. */
function groupLayers(columns: SpanRowColumns, coderCount: number, labelNames: LabelNames): DocumentWork {
  const layer = (isClaim: boolean) => {
    const picked = [...Array(columns.count).keys()].filter((k) => columns.coders[k] !== -1 && columns.keys[k]! < 0 === isClaim);
    const pick = <T>(values: ArrayLike<T>) => picked.map((k) => values[k]!);
    const { coders, keys, starts, ends, ids, stances } = columns;
    return { coders: pick(coders), keys: pick(keys), starts: pick(starts), ends: pick(ends), ids: pick(ids), stances: pick(stances), count: picked.length };
  };
  const claims = layer(true);
  return {
    entities: groupSpanColumns(layer(false), coderCount, labelNames.entity),
    claims: groupSpanColumns(claims, coderCount, labelNames.claim),
    claimStances: { ...claims, from: 0, to: claims.count },
  };
}

/** Every submitted-or-not annotator span of the project, one row per document (see SpanRow). */
function spanRowsQuery(db: Db, projectId: number) {
  // Parallel arrays, one per column: flat arrays of numbers parse faster than an array per span.
  // annotations_project_document_idx covers the query and gives the order.
  return db
    .select({
      documentId: annotations.documentId,
      ids: sql<string>`json_group_array(${annotations.id})`,
      authorIds: sql<string>`json_group_array(${annotations.authorId})`,
      starts: sql<string>`json_group_array(${annotations.start})`,
      ends: sql<string>`json_group_array(${annotations.end})`,
      // The layer and the label in one number: −1 − claim id for claims (−1: no claim), the entity
      // type id for entities (0: untyped). Ids start at 1.
      labels: sql<string>`json_group_array(case when ${annotations.layer} = 'claim' then -1 - coalesce(${annotations.claimId}, 0)
        else coalesce(${annotations.entityTypeId}, 0) end)`,
      stances: sql<string>`json_group_array(${annotations.stance})`,
    })
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), eq(annotations.set, "annotator"), isNull(annotations.deletedAt)))
    .groupBy(annotations.documentId)
    .orderBy(asc(annotations.documentId));
}

/** Each document's submitted-or-not document-level stances, as JSON [author, claim, stance] triples in claim id order. */
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
