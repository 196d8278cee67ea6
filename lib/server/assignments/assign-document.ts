import "server-only";
import { and, eq } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
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
export function assignDocument(options: {
  caller: Caller;
  projectId: number;
  documentId: number;
  userId: number;
}): AssignmentView {
  const { caller, projectId, documentId, userId } = options;
  requireProjectRole(caller, projectId, "manager");
  return getDb().transaction(
    (tx) => {
      const document = tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.id, documentId), eq(documents.projectId, projectId)))
        .get();
      if (!document) throw notFound("Document");
      requireAnnotator(tx, projectId, userId);
      const before = readAssignment(tx, documentId, userId);
      if (before && before.status !== "skipped") {
        throw new AppError("conflict", `The document is already assigned to this user (${before.status})`, {
          current: toAssignmentView(before),
        });
      }
      const values = { status: "assigned" as const, assignedBy: caller.id, updatedAt: new Date() };
      const after = before
        ? tx.update(assignments).set(values).where(eq(assignments.id, before.id)).returning().get()
        : tx.insert(assignments).values({ ...values, documentId, userId }).returning().get();
      recordEvent(tx, {
        actorId: caller.id,
        projectId,
        action: "assignment.assign",
        subjectType: "assignment",
        subjectId: after.id,
        before,
        after,
      });
      return toAssignmentView(after);
    },
    { behavior: "immediate" },
  );
}

/** Instance admins may annotate in any project, like `requireProjectRole` lets them. */
function requireAnnotator(tx: Pick<Db, "select">, projectId: number, userId: number): void {
  const user = tx
    .select({ isAdmin: users.isAdmin, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  const membership = tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId), eq(memberships.role, "annotator")))
    .get();
  if (!user || user.disabledAt || (!membership && !user.isAdmin)) {
    throw new AppError("unprocessable", `User ${userId} is not an annotator of this project`);
  }
}
