import "server-only";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";

/** Appends to the audit log inside the caller's transaction. */
export async function recordEvent(
  tx: Db,
  event: {
    actorId: number | null;
    projectId: number | null;
    action: string;
    subjectType: string;
    subjectId: number | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await tx.insert(events).values({ ...event, before: event.before ?? null, after: event.after ?? null });
}
