import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { modelServers } from "@/db/schema";
import { statusAfterCall } from "@/lib/domain/model-server/model-server-status";
import type { ModelServerReply } from "./call-model-server";
import type { ModelServerRow } from "./model-server-view";

/**
 * Stores what a call showed about the project's server: its status, latency and retries, and
 * on failure the message and time (kept after later successes, so the settings still say what
 * went wrong last). A row replaced or removed meanwhile (the URL changed) is left alone.
 */
export async function recordModelServerCall(
  row: ModelServerRow,
  reply: ModelServerReply,
  found: { modelVersion?: string | null; modelClass?: string | null } = {},
): Promise<void> {
  const now = new Date();
  const { status, message } = statusAfterCall(reply.ok ? { ok: true, latencyMs: reply.latencyMs } : reply, row.timeoutMs);
  await getDb()
    .update(modelServers)
    .set({
      status,
      checkedAt: now,
      retries: reply.retries,
      latencyMs: reply.ok ? reply.latencyMs : null,
      ...(message === null ? {} : { lastError: message, lastErrorAt: now }),
      ...(found.modelVersion ? { modelVersion: found.modelVersion } : {}),
      ...(found.modelClass ? { modelClass: found.modelClass } : {}),
    })
    .where(and(eq(modelServers.projectId, row.projectId), eq(modelServers.url, row.url)));
}
