import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { annotations, assignments } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { AppError } from "@/lib/server/errors";

export type AssignmentRow = typeof assignments.$inferSelect;

export async function readAssignment(tx: Db, documentId: number, userId: number): Promise<AssignmentRow | null> {
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.documentId, documentId), eq(assignments.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** Submitted and skipped documents are closed: changing them would shift work under reviewers. */
export function requireOpen(assignment: AssignmentRow | null): void {
  if (assignment?.status === "submitted") {
    throw new AppError("conflict", "You have submitted this document; it can no longer be changed");
  }
  if (assignment?.status === "skipped") {
    throw new AppError("conflict", "You have skipped this document; it can no longer be changed");
  }
}

/** The user's assignment for a document they are about to submit, null if they have none yet. */
export async function requireEditableAssignment(tx: Db, documentId: number, userId: number): Promise<AssignmentRow | null> {
  const assignment = await readAssignment(tx, documentId, userId);
  requireOpen(assignment);
  return assignment;
}

/** The assignment a change of the user's set works under, locked by lockEditableAssignment. */
export interface LockedAssignment {
  row: AssignmentRow;
  /** Made for this change: the user had none. */
  created: boolean;
}

/**
 * Takes the user's assignment for a document they are about to change, making one (in progress)
 * if they have none, in a rowLockingTransaction: every change of one annotator's set of a document
 * goes through this row first, so such changes (two tabs, two app servers) run one after another,
 * and a submission or a skip waits for the change under way. Writing the row, not only locking
 * it, also makes a SERIALIZABLE transaction that read it before (a submission checking the set)
 * start over and see the change. Closed documents are a 409.
 */
export async function lockEditableAssignment(tx: Db, documentId: number, userId: number): Promise<LockedAssignment> {
  const ofUser = and(eq(assignments.documentId, documentId), eq(assignments.userId, userId));
  for (;;) {
    const [row] = await tx.update(assignments).set({ updatedAt: new Date() }).where(ofUser).returning();
    if (row) {
      requireOpen(row);
      return { row, created: false };
    }
    // None yet. Of two first changes at once, one inserts and the other, having waited for it,
    // inserts nothing and takes the row it made.
    const [made] = await tx
      .insert(assignments)
      .values({ documentId, userId, status: "in_progress" })
      .onConflictDoNothing({ target: [assignments.documentId, assignments.userId] })
      .returning();
    if (made) return { row: made, created: true };
  }
}

/**
 * Takes the user's assignment of the document a span belongs to, as lockEditableAssignment does,
 * before the span itself is read: the span is then read once, after every change of the user's
 * that held the row before. Null when the user has none (or there is no such span). The row is not
 * checked for being open: the caller's access to the document is checked first.
 */
export async function lockAssignmentOfSpan(tx: Db, spanId: number, userId: number): Promise<AssignmentRow | null> {
  const spanDocument = tx.select({ documentId: annotations.documentId }).from(annotations).where(eq(annotations.id, spanId));
  const [row] = await tx
    .update(assignments)
    .set({ updatedAt: new Date() })
    .where(and(eq(assignments.userId, userId), eq(assignments.documentId, spanDocument)))
    .returning();
  return row ?? null;
}

/** Records that the user works on the document: a new assignment, or one moved out of `assigned`. */
export async function markInProgress(tx: Db, options: { projectId: number; userId: number; assignment: LockedAssignment }): Promise<void> {
  const { projectId, userId, assignment } = options;
  if (assignment.created) {
    await recordAssignmentEvent(tx, { userId, projectId, action: "assignment.create", before: null, after: assignment.row });
    return;
  }
  if (assignment.row.status !== "assigned") return;
  const rows = await tx
    .update(assignments)
    .set({ status: "in_progress", updatedAt: new Date() })
    .where(eq(assignments.id, assignment.row.id))
    .returning();
  await recordAssignmentEvent(tx, { userId, projectId, action: "assignment.start", before: assignment.row, after: firstRow(rows, "assignment") });
}

async function recordAssignmentEvent(
  tx: Db,
  options: { userId: number; projectId: number; action: string; before: AssignmentRow | null; after: AssignmentRow },
): Promise<void> {
  await recordEvent(tx, {
    actorId: options.userId,
    projectId: options.projectId,
    action: options.action,
    subjectType: "assignment",
    subjectId: options.after.id,
    before: options.before,
    after: options.after,
  });
}
