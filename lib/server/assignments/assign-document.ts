import "server-only";
import { and, eq } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { assignments, documents, memberships, users } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError, notFound } from "@/lib/server/errors";
import { type AssignmentView, toAssignmentView } from "./assignment-view";
import { readAssignment } from "./work-assignment";

/**
 * Managers assign a document to an annotator by hand, beyond the per-document quota if they
 * wish. A document the annotator skipped is handed back to them; any other assignment is a 409.
 */
export async function assignDocument(options: {
  caller: Caller;
  projectId: number;
  documentId: number;
  userId: number;
}): Promise<AssignmentView> {
  const { caller, projectId, documentId, userId } = options;
  await requireProjectRole(caller, projectId, "manager");
  return getDb().transaction(async (tx) => {
    const [document] = await tx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.id, documentId), eq(documents.projectId, projectId)))
      .limit(1);
    if (!document) throw notFound("Document");
    await requireAnnotator(tx, projectId, userId);
    const before = await readAssignment(tx, documentId, userId);
    if (before && before.status !== "skipped") {
      throw new AppError("conflict", `The document is already assigned to this user (${before.status})`, {
        current: toAssignmentView(before),
      });
    }
    const values = { status: "assigned" as const, assignedBy: caller.id, updatedAt: new Date() };
    const rows = before
      ? await tx.update(assignments).set(values).where(eq(assignments.id, before.id)).returning()
      : await tx.insert(assignments).values({ ...values, documentId, userId }).returning();
    const after = firstRow(rows, "assignment");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "assignment.assign",
      subjectType: "assignment",
      subjectId: after.id,
      before,
      after,
    });
    return toAssignmentView(after);
  });
}

/** Instance admins may annotate in any project, like `requireProjectRole` lets them. */
async function requireAnnotator(tx: Db, projectId: number, userId: number): Promise<void> {
  const [user] = await tx
    .select({ isAdmin: users.isAdmin, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  const [membership] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId), eq(memberships.role, "annotator")))
    .limit(1);
  if (!user || user.disabledAt || (!membership && !user.isAdmin)) {
    throw new AppError("unprocessable", `User ${userId} is not an annotator of this project`);
  }
}
