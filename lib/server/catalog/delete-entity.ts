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
export async function deleteEntity(options: { caller: Caller; projectId: number; entityId: number }): Promise<void> {
  const { caller, projectId, entityId } = options;
  await requireProjectRole(caller, projectId, "manager");
  await getDb().transaction(async (tx) => {
    const [before] = await readEntities(tx, projectId, entityId);
    if (!before) throw notFound("Entity");
    await tx
      .delete(catalogEntities)
      .where(and(eq(catalogEntities.id, entityId), eq(catalogEntities.projectId, projectId)));
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "entity.delete",
      subjectType: "entity",
      subjectId: entityId,
      before,
    });
  });
}
