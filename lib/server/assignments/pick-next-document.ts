import "server-only";
import { and, asc, desc, eq, inArray, lt, not, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, documents } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { ProjectAccess } from "@/lib/server/auth/require-project-role";
import { seesOnlyAssignedDocuments } from "@/lib/server/documents/document-visibility";

type Tx = Pick<Db, "select" | "insert">;

/** Assignments that count toward a document's quota: every one but the skipped. */
const activeAssignments = sql<number>`(SELECT count(*) FROM ${assignments} WHERE ${assignments.documentId} = ${documents.id} AND ${assignments.status} <> 'skipped')`;

/**
 * The document the user should work on next: their oldest unfinished assignment, else a new one
 * from the project's pool, assigned to them here. Run it inside a `BEGIN IMMEDIATE` transaction,
 * so that no two annotators fill the same last place of a document. Annotators restricted to
 * their assignments get no new ones: in such projects managers assign by hand.
 */
export function pickNextDocument(tx: Tx, options: { access: ProjectAccess; userId: number }): number | null {
  const { access, userId } = options;
  const { projectId } = access;
  const unfinished = tx
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
    .get();
  if (unfinished) return unfinished.documentId;
  if (seesOnlyAssignedDocuments(access)) return null;

  const alreadyHad = sql`EXISTS (SELECT 1 FROM ${assignments} WHERE ${assignments.documentId} = ${documents.id} AND ${assignments.userId} = ${userId})`;
  // Documents closest to their quota first, so that finished documents pile up, not half-done ones.
  const candidate = tx
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        eq(documents.projectId, projectId),
        not(alreadyHad),
        lt(activeAssignments, access.settings.annotatorsPerDocument),
      ),
    )
    .orderBy(desc(activeAssignments), asc(documents.id))
    .get();
  if (!candidate) return null;
  const assignment = tx
    .insert(assignments)
    .values({ documentId: candidate.id, userId, status: "assigned" })
    .returning()
    .get();
  recordEvent(tx, {
    actorId: userId,
    projectId,
    action: "assignment.create",
    subjectType: "assignment",
    subjectId: assignment.id,
    after: assignment,
  });
  return candidate.id;
}
