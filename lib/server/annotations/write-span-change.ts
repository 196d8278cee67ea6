import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { type AssignmentRow, markInProgress } from "@/lib/server/assignments/work-assignment";
import type { SpanRow } from "./span-view";
import { staleVersion } from "./require-own-span";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Writes a change to one of the caller's spans if it still has `version` (else the 409 with the
 * current span), marks the caller's work on the document as in progress and logs the change.
 */
export function writeSpanChange(
  tx: Tx,
  options: {
    caller: Caller;
    before: SpanRow;
    version: number;
    assignment: AssignmentRow | null;
    set: Partial<typeof annotations.$inferInsert>;
    /** A further condition the row must meet, e.g. being deleted for a restore. */
    where?: SQL;
    action: string;
  },
): SpanRow {
  const { caller, before, version, assignment } = options;
  const after = tx
    .update(annotations)
    .set(options.set)
    .where(and(eq(annotations.id, before.id), eq(annotations.version, version), options.where))
    .returning()
    .get();
  if (!after) throw staleVersion(before);
  markInProgress(tx, { projectId: before.projectId, documentId: before.documentId, userId: caller.id, assignment });
  recordEvent(tx, {
    actorId: caller.id,
    projectId: before.projectId,
    action: options.action,
    subjectType: "annotation",
    subjectId: before.id,
    before,
    after,
  });
  return after;
}
