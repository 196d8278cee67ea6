import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assignments, documents } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";

/** Managers take a document away from an annotator. Spans the annotator made stay. */
export async function unassignDocument(options: {
  caller: Caller;
  projectId: number;
  documentId: number;
  userId: number;
}): Promise<void> {
  const { caller, projectId, documentId, userId } = options;
  await requireProjectRole(caller, projectId, "manager");
  await getDb().transaction(async (tx) => {
    const inProject = tx.select({ id: documents.id }).from(documents).where(eq(documents.projectId, projectId));
    const [before] = await tx
      .delete(assignments)
      .where(
        and(eq(assignments.documentId, documentId), eq(assignments.userId, userId), inArray(assignments.documentId, inProject)),
      )
      .returning();
    if (!before) throw notFound("Assignment");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "assignment.delete",
      subjectType: "assignment",
      subjectId: before.id,
      before,
    });
  });
}
