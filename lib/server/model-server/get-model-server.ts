import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { modelServerView, readModelServer, type ModelServerView } from "./model-server-view";

/** The project's model server and its last status, for managers; null when none is set. */
export async function getModelServer(options: { caller: Caller; projectId: number }): Promise<{ modelServer: ModelServerView | null }> {
  await requireProjectRole(options.caller, options.projectId, "manager");
  const row = await readModelServer(getDb(), options.projectId);
  return { modelServer: row ? await modelServerView(getDb(), row) : null };
}
