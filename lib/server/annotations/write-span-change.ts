import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { type LockedAssignment, markInProgress } from "@/lib/server/assignments/work-assignment";
import type { SpanRow } from "./span-view";
import { staleVersion } from "./require-own-span";

/**
 * Writes a change to one of the caller's spans if it still has `version` (else the 409 with the
 * current span), marks the caller's work on the document as in progress and logs the change.
 */
export async function writeSpanChange(
  tx: Db,
  options: {
    caller: Caller;
    before: SpanRow;
    version: number;
    assignment: LockedAssignment;
    set: Partial<typeof annotations.$inferInsert>;
    /** A further condition the row must meet, e.g. being deleted for a restore. */
    where?: SQL;
    action: string;
  },
): Promise<SpanRow> {
  const { caller, before, version, assignment } = options;
  const [after] = await tx
    .update(annotations)
    .set(options.set)
    .where(and(eq(annotations.id, before.id), eq(annotations.version, version), options.where))
    .returning();
  if (!after) throw staleVersion(before);
  await markInProgress(tx, { projectId: before.projectId, userId: caller.id, assignment });
  await recordEvent(tx, {
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
