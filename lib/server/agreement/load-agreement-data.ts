import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, documentLabels, documents, entityTypes, users } from "@/db/schema";
import { type AgreementData, type AgreementDocument, emptySubmittedSet, unlinkedClaimLabel } from "./agreement-data";

/** A span as the spans query packs it; the label id is the entity type's or the claim's. */
type SpanTuple = [
  id: number,
  authorId: number,
  isClaim: number,
  start: number,
  end: number,
  labelId: number | null,
  stance: string | null,
];

/**
 * Loads the submitted work of a project: one query each for submissions, spans, document labels,
 * entity types and the document count. Only sets with a submitted assignment receive spans and
 * labels, so work in progress never counts; documents with fewer than two submissions are dropped.
 */
export function loadAgreementData(db: Db, projectId: number, requiredSubmissions: number): AgreementData {
  const submissions = db
    .select({
      documentId: assignments.documentId,
      userId: assignments.userId,
      title: documents.title,
      chars: documents.chars,
      name: users.name,
      email: users.email,
    })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(and(eq(documents.projectId, projectId), eq(assignments.status, "submitted")))
    .orderBy(asc(assignments.documentId), asc(assignments.userId))
    .all();

  const byId = new Map<number, AgreementDocument>();
  const names = new Map<number, string>();
  let complete = 0;
  for (const row of submissions) {
    let document = byId.get(row.documentId);
    if (!document) {
      document = { id: row.documentId, title: row.title, length: row.chars, annotatorIds: [], sets: new Map() };
      byId.set(row.documentId, document);
    }
    document.annotatorIds.push(row.userId);
    document.sets.set(row.userId, emptySubmittedSet());
    names.set(row.userId, row.name || row.email);
  }
  for (const [id, document] of byId) {
    if (document.annotatorIds.length >= requiredSubmissions) complete++;
    if (document.annotatorIds.length < 2) byId.delete(id);
  }

  const typeRows = db
    .select({ id: entityTypes.id, key: entityTypes.key })
    .from(entityTypes)
    .where(eq(entityTypes.projectId, projectId))
    .orderBy(asc(entityTypes.position), asc(entityTypes.id))
    .all();
  const typeKeys = new Map(typeRows.map((type) => [type.id, type.key]));

  // One row per document with its spans as a JSON array: SQLite builds it far faster than the
  // driver hands over hundreds of thousands of rows. Spans of unsubmitted sets find no set and are
  // skipped, so no join to assignments is needed; annotations_project_idx gives the order.
  const spanRows = db
    .select({
      documentId: annotations.documentId,
      spans: sql<string>`json_group_array(json_array(${annotations.id}, ${annotations.authorId}, ${annotations.layer} = 'claim',
        ${annotations.start}, ${annotations.end},
        case when ${annotations.layer} = 'claim' then ${annotations.claimId} else ${annotations.entityTypeId} end, ${annotations.stance}))`,
    })
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), eq(annotations.set, "annotator"), isNull(annotations.deletedAt)))
    .groupBy(annotations.documentId)
    .orderBy(asc(annotations.documentId))
    .all();
  for (const row of spanRows) {
    const document = byId.get(row.documentId);
    if (!document) continue;
    for (const [id, authorId, isClaim, start, end, labelId, stance] of JSON.parse(row.spans) as SpanTuple[]) {
      const set = document.sets.get(authorId);
      if (!set) continue;
      if (isClaim) {
        set.claims.push({ id, start, end, label: labelId === null ? unlinkedClaimLabel : String(labelId), stance });
      } else {
        const label = (labelId === null ? undefined : typeKeys.get(labelId)) ?? "untyped";
        set.entities.push({ start, end, label });
      }
    }
  }

  const labelRows = db
    .select({ documentId: documentLabels.documentId, authorId: documentLabels.authorId, claimId: documentLabels.claimId, stance: documentLabels.stance })
    .from(documentLabels)
    .innerJoin(
      assignments,
      and(
        eq(assignments.documentId, documentLabels.documentId),
        eq(assignments.userId, documentLabels.authorId),
        eq(assignments.status, "submitted"),
      ),
    )
    .where(and(eq(documentLabels.projectId, projectId), eq(documentLabels.set, "annotator")))
    .orderBy(asc(documentLabels.documentId), asc(documentLabels.claimId))
    .all();
  for (const label of labelRows) {
    byId.get(label.documentId)?.sets.get(label.authorId)?.documentStances.set(label.claimId, label.stance);
  }

  const [total] = db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId)).all();
  const used = [...byId.values()];
  const annotatorIds = [...new Set(used.flatMap((document) => document.annotatorIds))].sort((a, b) => a - b);
  return {
    documents: used,
    annotators: annotatorIds.map((id) => ({ id, name: names.get(id) ?? `User ${id}` })),
    entityTypeKeys: typeRows.map((type) => type.key),
    requiredSubmissions,
    complete,
    total: total?.n ?? 0,
  };
}
