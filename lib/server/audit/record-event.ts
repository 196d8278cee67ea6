import "server-only";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";

type Tx = Pick<Db, "insert">;

/** Appends to the audit log inside the caller's transaction. */
export function recordEvent(
  tx: Tx,
  event: {
    actorId: number | null;
    projectId: number | null;
    action: string;
    subjectType: string;
    subjectId: number | null;
    before?: unknown;
    after?: unknown;
  },
): void {
  tx.insert(events)
    .values({ ...event, before: event.before ?? null, after: event.after ?? null })
    .run();
}
