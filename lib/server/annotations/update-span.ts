import "server-only";
import { rowLockingTransaction } from "@/db/row-locking-transaction";
import type { Caller } from "@/lib/server/auth/caller";
import { requireSpanMatchesText, requireValidSpanFields, type SpanFields } from "./check-span-fields";
import { requireLive, requireOwnSpan, staleVersion } from "./require-own-span";
import { type SpanView, toSpanView } from "./span-view";
import { writeSpanChange } from "./write-span-change";

export type SpanPatch = Partial<SpanFields & { start: number; end: number; quote: string; note: string }>;

/**
 * The author changes a span of their own set, offsets included. `version` is the one the client
 * last saw; if the span has changed since, nothing is written and the 409 carries the current span.
 */
export async function updateSpan(options: {
  caller: Caller;
  spanId: number;
  version: number;
  patch: SpanPatch;
}): Promise<SpanView> {
  const { caller, spanId, version, patch } = options;
  return rowLockingTransaction(async (tx) => {
    const { span: before, document, assignment } = await requireOwnSpan(caller, spanId);
    requireLive(before);
    // Checked before validating, so that a stale client learns of the change rather than of
    // problems with a span it has not seen; the WHERE on version below is the guarantee.
    if (before.version !== version) throw staleVersion(before);
    const merged = { ...before, ...patch };
    requireSpanMatchesText(document.text, merged);
    const scope = { projectId: before.projectId, documentId: before.documentId, authorId: caller.id, spanId };
    await requireValidSpanFields(tx, scope, merged, before);
    const after = await writeSpanChange(tx, {
      caller,
      before,
      version,
      assignment,
      set: { ...patch, version: before.version + 1, updatedAt: new Date() },
      action: "annotation.update",
    });
    return toSpanView(after);
  });
}
