import "server-only";
import { isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireValidSpanFields } from "./check-span-fields";
import { requireOwnSpan, staleVersion } from "./require-own-span";
import { type SpanView, toSpanView } from "./span-view";
import { writeSpanChange } from "./write-span-change";

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
      const after = writeSpanChange(tx, {
        caller,
        before,
        version,
        assignment,
        set: { deletedAt: null, version: before.version + 1, updatedAt: new Date() },
        where: isNotNull(annotations.deletedAt),
        action: "annotation.restore",
      });
      return toSpanView(after);
    },
    { behavior: "immediate" },
  );
}
