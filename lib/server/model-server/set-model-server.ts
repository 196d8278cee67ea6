import "server-only";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { modelServers } from "@/db/schema";
import { modelServerAddress, parseModelServerUrl } from "@/lib/domain/model-server/model-server-url";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError } from "@/lib/server/errors";
import { modelServerView, readModelServer, type ModelServerView } from "./model-server-view";

export const DEFAULT_MODEL_SERVER_TIMEOUT_MS = 10_000;

/**
 * A manager names the project's model server (http or https; credentials in the URL are sent
 * as basic auth). A new URL starts unchecked, without a model version; the audit log records
 * the URL with its credentials masked.
 */
export async function setModelServer(options: {
  caller: Caller;
  projectId: number;
  url: string;
  timeoutMs?: number | undefined;
}): Promise<{ modelServer: ModelServerView }> {
  const { caller, projectId } = options;
  const parsed = parseModelServerUrl(options.url);
  if (!parsed.ok) throw new AppError("unprocessable", parsed.message, { problems: [{ field: "url", message: parsed.message }] });
  const url = options.url.trim();
  const timeoutMs = options.timeoutMs ?? DEFAULT_MODEL_SERVER_TIMEOUT_MS;
  return getDb().transaction(async (tx) => {
    await requireProjectRole(caller, projectId, "manager");
    const before = await readModelServer(tx, projectId);
    const now = new Date();
    const fresh = before?.url !== url;
    const values = {
      url,
      timeoutMs,
      configuredBy: caller.id,
      updatedAt: now,
      ...(fresh ? { status: "unchecked" as const, checkedAt: null, latencyMs: null, retries: 0, modelVersion: null, modelClass: null, lastError: null, lastErrorAt: null } : {}),
    };
    const row = firstRow(
      await tx
        .insert(modelServers)
        .values({ projectId, ...values })
        .onConflictDoUpdate({ target: modelServers.projectId, set: values })
        .returning(),
      "model server",
    );
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "model_server.set",
      subjectType: "project",
      subjectId: projectId,
      before: before ? { url: modelServerAddress(before.url).display, timeoutMs: before.timeoutMs } : null,
      after: { url: parsed.address.display, timeoutMs },
    });
    return { modelServer: await modelServerView(tx, row) };
  });
}
