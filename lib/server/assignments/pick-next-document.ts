import "server-only";
import { and, asc, desc, eq, inArray, lt, not, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { assignments, documents, documentUncertainty } from "@/db/schema";
import { toUncertaintyPermille, unknownDocumentUncertainty } from "@/lib/domain/recommenders/document-uncertainty";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { ProjectAccess } from "@/lib/server/auth/require-project-role";
import { seesOnlyAssignedDocuments } from "@/lib/server/documents/document-visibility";

/** Assignments that count toward a document's quota: every one but the skipped. */
const activeAssignments = sql<number>`(SELECT count(*) FROM ${assignments} WHERE ${assignments.documentId} = ${documents.id} AND ${assignments.status} <> 'skipped')`;

/**
 * The document the user should work on next: their oldest unfinished assignment, else a new one
 * from the project's pool, assigned to them here. Run it inside a transaction (BEGIN IMMEDIATE on
 * SQLite, SERIALIZABLE on PostgreSQL), so that no two annotators fill the same last place of a
 * document: of two that raced for it, PostgreSQL undoes and retries one. Annotators restricted to
 * their assignments get no new ones: in such projects managers assign by hand.
 */
export async function pickNextDocument(tx: Db, options: { access: ProjectAccess; userId: number }): Promise<number | null> {
  const { access, userId } = options;
  const { projectId } = access;
  const [unfinished] = await tx
    .select({ documentId: assignments.documentId })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .where(
      and(
        eq(assignments.userId, userId),
        eq(documents.projectId, projectId),
        inArray(assignments.status, ["assigned", "in_progress"]),
      ),
    )
    .orderBy(asc(assignments.createdAt), asc(assignments.id))
    .limit(1);
  if (unfinished) return unfinished.documentId;
  if (seesOnlyAssignedDocuments(access)) return null;

  const alreadyHad = sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.documentId} = ${documents.id} AND ${assignments.userId} = ${userId})`;
  // Documents closest to their quota first, so that finished documents pile up, not half-done ones;
  // in projects that queue by uncertainty, the documents the recommenders are least sure about
  // first (scored when their models were rebuilt; a document not scored yet counts as unknown).
  const byQuota = [desc(activeAssignments), asc(documents.id)];
  const order =
    access.settings.queueOrder === "uncertainty"
      ? [desc(sql`coalesce(${documentUncertainty.uncertaintyPermille}, ${toUncertaintyPermille(unknownDocumentUncertainty)})`), ...byQuota]
      : byQuota;
  const [candidate] = await tx
    .select({ id: documents.id })
    .from(documents)
    .leftJoin(documentUncertainty, eq(documentUncertainty.documentId, documents.id))
    .where(
      and(
        eq(documents.projectId, projectId),
        not(alreadyHad),
        lt(activeAssignments, access.settings.annotatorsPerDocument),
      ),
    )
    .orderBy(...order)
    .limit(1);
  if (!candidate) return null;
  const assignment = firstRow(
    await tx.insert(assignments).values({ documentId: candidate.id, userId, status: "assigned" }).returning(),
    "assignment",
  );
  await recordEvent(tx, {
    actorId: userId,
    projectId,
    action: "assignment.create",
    subjectType: "assignment",
    subjectId: assignment.id,
    after: assignment,
  });
  return candidate.id;
}
