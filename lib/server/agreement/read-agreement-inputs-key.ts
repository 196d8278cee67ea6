import "server-only";
import { and, asc, count, eq, isNull, max, sql, sum } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, assignments, claims, documentLabels, documents, entityTypes } from "@/db/schema";

/**
 * A key of everything a project's agreement report is computed from: the submitted assignments,
 * the spans and document stances of the submitted sets, the documents, the entity types and the
 * claim catalog. Any change to one of them changes the key (a submission or a reopening moves the
 * submitted assignments' count and id sum, a new row raises a largest id, a removal lowers a count,
 * an edit raises a version or a last change, a label cleared by a deleted claim changes the sums),
 * so that every server can tell from the database alone whether a report it holds is still the
 * project's. Work in progress does not move it: annotators saving drafts leave the report as it is.
 * Aggregates over the rows the report reads, without the report's own work on them.
 */
export async function readAgreementInputsKey(projectId: number): Promise<string> {
  const db = getDb();
  const submittedSet = and(
    eq(assignments.documentId, annotations.documentId),
    eq(assignments.userId, annotations.authorId),
    eq(assignments.status, "submitted"),
  );
  const [submissions] = await db
    .select({ count: count(), ids: sum(assignments.id), lastChange: max(assignments.updatedAt) })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .where(and(eq(documents.projectId, projectId), eq(assignments.status, "submitted")));
  const [spans] = await db
    .select({
      count: count(),
      lastId: max(annotations.id),
      versions: sum(annotations.version),
      lastChange: max(annotations.updatedAt),
      labels: sum(sql<number>`coalesce(${annotations.entityTypeId}, 0) + coalesce(${annotations.claimId}, 0)`),
      stances: count(annotations.stance),
    })
    .from(annotations)
    .innerJoin(assignments, submittedSet)
    .where(and(eq(annotations.projectId, projectId), eq(annotations.set, "annotator"), isNull(annotations.deletedAt)));
  const [stances] = await db
    .select({ count: count(), versions: sum(documentLabels.version), lastChange: max(documentLabels.updatedAt) })
    .from(documentLabels)
    .innerJoin(
      assignments,
      and(eq(assignments.documentId, documentLabels.documentId), eq(assignments.userId, documentLabels.authorId), eq(assignments.status, "submitted")),
    )
    .where(and(eq(documentLabels.projectId, projectId), eq(documentLabels.set, "annotator")));
  const [corpus] = await db
    .select({ count: count(), lastId: max(documents.id) })
    .from(documents)
    .where(eq(documents.projectId, projectId));
  const types = await db
    .select({ id: entityTypes.id, key: entityTypes.key, position: entityTypes.position })
    .from(entityTypes)
    .where(eq(entityTypes.projectId, projectId))
    .orderBy(asc(entityTypes.id));
  const [catalog] = await db
    .select({ count: count(), lastId: max(claims.id), lastChange: max(claims.updatedAt) })
    .from(claims)
    .where(eq(claims.projectId, projectId));
  return JSON.stringify([submissions, spans, stances, corpus, types, catalog]);
}
