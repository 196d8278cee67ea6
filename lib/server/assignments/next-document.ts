import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { pickNextDocument } from "./pick-next-document";

/** An annotator asks for the next document to work on; null when the queue is empty for them. */
export function nextDocument(options: { caller: Caller; projectId: number }): { documentId: number | null } {
  const { caller, projectId } = options;
  return getDb().transaction(
    (tx) => {
      const access = requireProjectRole(caller, projectId, "annotator");
      return { documentId: pickNextDocument(tx, { access, userId: caller.id }) };
    },
    { behavior: "immediate" },
  );
}
