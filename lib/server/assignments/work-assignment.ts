import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { assignments } from "@/db/schema";
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

/**
 * The user's assignment for a document they are about to change, null if they have none yet.
 * Submitted and skipped documents are closed: changing them would shift work under reviewers.
 */
export async function requireEditableAssignment(tx: Db, documentId: number, userId: number): Promise<AssignmentRow | null> {
  const assignment = await readAssignment(tx, documentId, userId);
  if (assignment?.status === "submitted") {
    throw new AppError("conflict", "You have submitted this document; it can no longer be changed");
  }
  if (assignment?.status === "skipped") {
    throw new AppError("conflict", "You have skipped this document; it can no longer be changed");
  }
  return assignment;
}

/** Records that the user works on the document: starts an assignment or moves it out of `assigned`. */
export async function markInProgress(
  tx: Db,
  options: { projectId: number; documentId: number; userId: number; assignment: AssignmentRow | null },
): Promise<void> {
  const { projectId, documentId, userId, assignment } = options;
  if (assignment?.status === "in_progress") return;
  const rows = assignment
    ? await tx
        .update(assignments)
        .set({ status: "in_progress", updatedAt: new Date() })
        .where(eq(assignments.id, assignment.id))
        .returning()
    : await tx.insert(assignments).values({ documentId, userId, status: "in_progress" }).returning();
  const after = firstRow(rows, "assignment");
  await recordEvent(tx, {
    actorId: userId,
    projectId,
    action: assignment ? "assignment.start" : "assignment.create",
    subjectType: "assignment",
    subjectId: after.id,
    before: assignment,
    after,
  });
}
