import "server-only";
import { isNotNull } from "drizzle-orm";
import { rowLockingTransaction } from "@/db/row-locking-transaction";
import { annotations } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireValidSpanFields } from "./check-span-fields";
import { requireOwnSpan, staleVersion } from "./require-own-span";
import { type SpanView, toSpanView } from "./span-view";
import { writeSpanChange } from "./write-span-change";

/** The author undoes the deletion of a span, sending the version it had when deleted. */
export async function restoreSpan(options: { caller: Caller; spanId: number; version: number }): Promise<SpanView> {
  const { caller, spanId, version } = options;
  return rowLockingTransaction(async (tx) => {
    const { span: before, assignment } = await requireOwnSpan(caller, spanId);
    if (before.deletedAt === null) throw staleVersion(before, "The span is not deleted");
    if (before.version !== version) throw staleVersion(before);
    // The catalog may have moved on while the span was deleted.
    const scope = { projectId: before.projectId, documentId: before.documentId, authorId: caller.id, spanId };
    await requireValidSpanFields(tx, scope, before);
    const after = await writeSpanChange(tx, {
      caller,
      before,
      version,
      assignment,
      set: { deletedAt: null, version: before.version + 1, updatedAt: new Date() },
      where: isNotNull(annotations.deletedAt),
      action: "annotation.restore",
    });
    return toSpanView(after);
  });
}
