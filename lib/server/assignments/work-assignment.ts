import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { AppError } from "@/lib/server/errors";

type Tx = Pick<Db, "select" | "insert" | "update">;
export type AssignmentRow = typeof assignments.$inferSelect;

export function readAssignment(tx: Pick<Db, "select">, documentId: number, userId: number): AssignmentRow | null {
  return (
    tx
      .select()
      .from(assignments)
      .where(and(eq(assignments.documentId, documentId), eq(assignments.userId, userId)))
      .get() ?? null
  );
}

/**
 * The user's assignment for a document they are about to change, null if they have none yet.
 * Submitted and skipped documents are closed: changing them would shift work under reviewers.
 */
export function requireEditableAssignment(tx: Pick<Db, "select">, documentId: number, userId: number): AssignmentRow | null {
  const assignment = readAssignment(tx, documentId, userId);
  if (assignment?.status === "submitted") {
    throw new AppError("conflict", "You have submitted this document; it can no longer be changed");
  }
  if (assignment?.status === "skipped") {
    throw new AppError("conflict", "You have skipped this document; it can no longer be changed");
  }
  return assignment;
}

/** Records that the user works on the document: starts an assignment or moves it out of `assigned`. */
export function markInProgress(
  tx: Tx,
  options: { projectId: number; documentId: number; userId: number; assignment: AssignmentRow | null },
): void {
  const { projectId, documentId, userId, assignment } = options;
  if (assignment?.status === "in_progress") return;
  const after = assignment
    ? tx
        .update(assignments)
        .set({ status: "in_progress", updatedAt: new Date() })
        .where(eq(assignments.id, assignment.id))
        .returning()
        .get()
    : tx.insert(assignments).values({ documentId, userId, status: "in_progress" }).returning().get();
  recordEvent(tx, {
    actorId: userId,
    projectId,
    action: assignment ? "assignment.start" : "assignment.create",
    subjectType: "assignment",
    subjectId: after.id,
    before: assignment,
    after,
  });
}
