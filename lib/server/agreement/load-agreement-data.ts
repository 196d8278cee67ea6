import "server-only";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, documentLabels, documents, entityTypes, users } from "@/db/schema";
import { type AgreementData, type AgreementDocument, emptySubmittedSet, unlinkedClaimLabel } from "./agreement-data";

/*
 * The queries below return one row per document with its items as JSON arrays: SQLite builds them
 * far faster than the driver hands over hundreds of thousands of rows. Rows of sets that were not
 * submitted find no set and are skipped, so no join to assignments is needed.
 */

/**
 * Loads the submitted work of a project: one query each for submissions, their annotators, spans,
 * document labels, entity types and the document count. Only sets with a submitted assignment
 * receive spans and labels, so work in progress never counts; documents with fewer than two
 * submissions are dropped.
 */
export function loadAgreementData(db: Db, projectId: number, requiredSubmissions: number): AgreementData {
  const { byId, complete } = readSubmissions(db, projectId, requiredSubmissions);
  const typeRows = db
    .select({ id: entityTypes.id, key: entityTypes.key })
    .from(entityTypes)
    .where(eq(entityTypes.projectId, projectId))
    .orderBy(asc(entityTypes.position), asc(entityTypes.id))
    .all();
  readSpans(db, projectId, byId, new Map(typeRows.map((type) => [type.id, type.key])));
  readDocumentLabels(db, projectId, byId);

  const [total] = db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId)).all();
  const used = [...byId.values()];
  const annotatorIds = [...new Set(used.flatMap((document) => document.annotatorIds))].sort((a, b) => a - b);
  const names = new Map(
    (annotatorIds.length === 0
      ? []
      : db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, annotatorIds)).all()
    ).map((user) => [user.id, user.name || user.email]),
  );
  return {
    documents: used,
    annotators: annotatorIds.map((id) => ({ id, name: names.get(id) ?? `User ${id}` })),
    entityTypeKeys: typeRows.map((type) => type.key),
    requiredSubmissions,
    complete,
    total: total?.n ?? 0,
  };
}

/** The documents at least two annotators submitted, each with an empty set per annotator. */
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
  const byId = new Map<number, AgreementDocument>();
  let complete = 0;
  for (const row of rows) {
    const annotatorIds = (JSON.parse(row.userIds) as number[]).sort((a, b) => a - b);
    if (annotatorIds.length >= requiredSubmissions) complete++;
    if (annotatorIds.length < 2) continue;
    const sets = new Map(annotatorIds.map((id) => [id, emptySubmittedSet()]));
    byId.set(row.id, { id: row.id, title: row.title, length: row.chars, annotatorIds, sets });
  }
  return { byId, complete };
}

/** Adds each submitted span to its set: entities labelled by type key, claims by claim id. */
function readSpans(db: Db, projectId: number, byId: ReadonlyMap<number, AgreementDocument>, typeKeys: ReadonlyMap<number, string>) {
  // Parallel arrays, one per column: flat arrays of numbers parse faster than an array per span.
  // annotations_project_idx gives the order.
  const rows = db
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
    .orderBy(asc(annotations.documentId))
    // Raw rows, in the order of the fields above: mapping 10,000 rows of 7 fields to objects costs more
    // than reading them.
    .values() as [documentId: number, ids: string, authorIds: string, starts: string, ends: string, labels: string, stances: string][];
  const claimLabels = new Map<number, string>();
  for (const [documentId, idsJson, authorIdsJson, startsJson, endsJson, labelsJson, stancesJson] of rows) {
    const document = byId.get(documentId);
    if (!document) continue;
    const ids = JSON.parse(idsJson) as number[];
    const authorIds = JSON.parse(authorIdsJson) as number[];
    const starts = JSON.parse(startsJson) as number[];
    const ends = JSON.parse(endsJson) as number[];
    const labels = JSON.parse(labelsJson) as number[];
    const stances = JSON.parse(stancesJson) as (string | null)[];
    for (let k = 0; k < ids.length; k++) {
      const set = document.sets.get(authorIds[k]!);
      if (!set) continue;
      const start = starts[k]!;
      const end = ends[k]!;
      const label = labels[k]!;
      if (label < 0) {
        let claimLabel = claimLabels.get(label);
        if (claimLabel === undefined) claimLabels.set(label, (claimLabel = label === -1 ? unlinkedClaimLabel : String(-1 - label)));
        set.claims.push({ id: ids[k]!, start, end, label: claimLabel, stance: stances[k] ?? null });
      } else {
        set.entities.push({ start, end, label: typeKeys.get(label) ?? "untyped" });
      }
    }
  }
}

/** Adds each submitted document-level stance to its set, in claim id order. */
function readDocumentLabels(db: Db, projectId: number, byId: ReadonlyMap<number, AgreementDocument>) {
  const rows = db
    .select({
      documentId: documentLabels.documentId,
      labels: sql<string>`json_group_array(json_array(${documentLabels.authorId}, ${documentLabels.claimId}, ${documentLabels.stance})
        order by ${documentLabels.claimId}, ${documentLabels.authorId})`,
    })
    .from(documentLabels)
    .where(and(eq(documentLabels.projectId, projectId), eq(documentLabels.set, "annotator")))
    .groupBy(documentLabels.documentId)
    .orderBy(asc(documentLabels.documentId))
    .all();
  for (const row of rows) {
    const document = byId.get(row.documentId);
    if (!document) continue;
    for (const [authorId, claimId, stance] of JSON.parse(row.labels) as [number, number, string][]) {
      document.sets.get(authorId)?.documentStances.set(claimId, stance);
    }
  }
}
