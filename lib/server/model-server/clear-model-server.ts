import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { modelServers } from "@/db/schema";
import { modelServerAddress } from "@/lib/domain/model-server/model-server-url";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { readModelServer } from "./model-server-view";

/** A manager disconnects the project's model server; its pre-annotations stay as they are. */
export async function clearModelServer(options: { caller: Caller; projectId: number }): Promise<void> {
  const { caller, projectId } = options;
  await getDb().transaction(async (tx) => {
    await requireProjectRole(caller, projectId, "manager");
    const before = await readModelServer(tx, projectId);
    if (!before) return;
    await tx.delete(modelServers).where(eq(modelServers.projectId, projectId));
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "model_server.clear",
      subjectType: "project",
      subjectId: projectId,
      before: { url: modelServerAddress(before.url).display, timeoutMs: before.timeoutMs },
    });
  });
}
