import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { rowLockingTransaction } from "@/db/row-locking-transaction";
import { annotations } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { markInProgress } from "@/lib/server/assignments/work-assignment";
import { requireLive, requireOwnSpan, staleVersion } from "./require-own-span";

/**
 * The author deletes a span of their own set. The row stays (soft delete) so that the client can
 * undo through `restoreSpan`; the version is kept, so the undo sends the version it deleted.
 * Claim spans of the same set that named the span as their claimant mention lose that link.
 */
export async function deleteSpan(options: { caller: Caller; spanId: number; version: number }): Promise<void> {
  const { caller, spanId, version } = options;
  await rowLockingTransaction(async (tx) => {
    const { span: before, assignment } = await requireOwnSpan(caller, spanId);
    requireLive(before);
    const now = new Date();
    const [after] = await tx
      .update(annotations)
      .set({ deletedAt: now, updatedAt: now })
      .where(and(eq(annotations.id, spanId), eq(annotations.version, version), isNull(annotations.deletedAt)))
      .returning();
    if (!after) throw staleVersion(before);
    const unlinked = await tx
      .update(annotations)
      .set({ claimantMentionId: null, version: sql`${annotations.version} + 1`, updatedAt: now })
      .where(
        and(
          eq(annotations.claimantMentionId, spanId),
          eq(annotations.documentId, before.documentId),
          eq(annotations.set, "annotator"),
          eq(annotations.authorId, caller.id),
        ),
      )
      .returning({ id: annotations.id });
    await markInProgress(tx, { projectId: before.projectId, userId: caller.id, assignment });
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: before.projectId,
      action: "annotation.delete",
      subjectType: "annotation",
      subjectId: spanId,
      before,
      after: { ...after, unlinkedClaimantOf: unlinked.map((span) => span.id) },
    });
  });
}
