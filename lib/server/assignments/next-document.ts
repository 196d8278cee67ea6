import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { pickNextDocument } from "./pick-next-document";

/** An annotator asks for the next document to work on; null when the queue is empty for them. */
export async function nextDocument(options: { caller: Caller; projectId: number }): Promise<{ documentId: number | null }> {
  const { caller, projectId } = options;
  return getDb().transaction(async (tx) => {
    const access = await requireProjectRole(caller, projectId, "annotator");
    return { documentId: await pickNextDocument(tx, { access, userId: caller.id }) };
  });
}
