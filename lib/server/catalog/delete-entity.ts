import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { catalogEntities } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { readEntities } from "./entity-view";

/**
 * Managers delete entities. Spans that linked one keep their text and type and lose only
 * the link (the schema sets it to null), so the audit event records how many there were.
 */
export function deleteEntity(options: { caller: Caller; projectId: number; entityId: number }): void {
  const { caller, projectId, entityId } = options;
  requireProjectRole(caller, projectId, "manager");
  getDb().transaction(
    (tx) => {
      const [before] = readEntities(tx, projectId, entityId);
      if (!before) throw notFound("Entity");
      tx.delete(catalogEntities)
        .where(and(eq(catalogEntities.id, entityId), eq(catalogEntities.projectId, projectId)))
        .run();
      recordEvent(tx, {
        actorId: caller.id,
        projectId,
        action: "entity.delete",
        subjectType: "entity",
        subjectId: entityId,
        before,
      });
    },
    { behavior: "immediate" },
  );
}
