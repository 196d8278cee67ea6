import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { markInProgress } from "@/lib/server/assignments/work-assignment";
import { requireValidSpanFields } from "./check-span-fields";
import { requireOwnSpan, staleVersion } from "./require-own-span";
import { type SpanView, toSpanView } from "./span-view";

/** The author undoes the deletion of a span, sending the version it had when deleted. */
export function restoreSpan(options: { caller: Caller; spanId: number; version: number }): SpanView {
  const { caller, spanId, version } = options;
  return getDb().transaction(
    (tx) => {
      const { span: before, assignment } = requireOwnSpan(caller, spanId);
      if (before.deletedAt === null) throw staleVersion(before, "The span is not deleted");
      if (before.version !== version) throw staleVersion(before);
      // The catalog may have moved on while the span was deleted.
      requireValidSpanFields(tx, { projectId: before.projectId, documentId: before.documentId, authorId: caller.id, spanId }, before);
      const after = tx
        .update(annotations)
        .set({ deletedAt: null, version: before.version + 1, updatedAt: new Date() })
        .where(and(eq(annotations.id, spanId), eq(annotations.version, version), isNotNull(annotations.deletedAt)))
        .returning()
        .get();
      if (!after) throw staleVersion(before);
      markInProgress(tx, { projectId: before.projectId, documentId: before.documentId, userId: caller.id, assignment });
      recordEvent(tx, {
        actorId: caller.id,
        projectId: before.projectId,
        action: "annotation.restore",
        subjectType: "annotation",
        subjectId: spanId,
        before,
        after,
      });
      return toSpanView(after);
    },
    { behavior: "immediate" },
  );
}
