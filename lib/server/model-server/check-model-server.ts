import "server-only";
import { getDb } from "@/db/client";
import { buildSetupRequest } from "@/lib/domain/model-server/model-server-requests";
import { parseHealthResponse, parseSetupResponse } from "@/lib/domain/model-server/model-server-responses";
import { modelServerAddress } from "@/lib/domain/model-server/model-server-url";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError } from "@/lib/server/errors";
import { callModelServer, type ModelServerReply } from "./call-model-server";
import { modelServerView, readModelServer, type ModelServerRow, type ModelServerView } from "./model-server-view";
import { projectLabelConfig } from "./project-label-config";
import { recordModelServerCall } from "./record-model-server-call";

/**
 * "Test connection": `GET /health`, then `POST /setup` with the project's label config, which
 * tells the backend the labels and gives back its model version. What happened is stored as the
 * server's status and answered (200) whatever it was: a failing server is news, not an error.
 */
export async function checkModelServer(options: { caller: Caller; projectId: number }): Promise<{ modelServer: ModelServerView }> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId, "manager");
  const db = getDb();
  const row = await readModelServer(db, projectId);
  if (!row) throw new AppError("conflict", "The project has no model server; set its URL first");
  const { reply, found } = await probe(row, await projectLabelConfig(db, projectId));
  await recordModelServerCall(row, reply, found);
  const updated = await readModelServer(db, projectId);
  if (!updated) throw new AppError("conflict", "The project's model server was removed meanwhile");
  return { modelServer: await modelServerView(db, updated) };
}

type Found = { modelVersion?: string | null; modelClass?: string | null };

async function probe(row: ModelServerRow, labelConfig: string): Promise<{ reply: ModelServerReply; found: Found }> {
  const address = modelServerAddress(row.url);
  const health = await callModelServer({ address, timeoutMs: row.timeoutMs, method: "GET", path: "health" });
  if (!health.ok) return { reply: health, found: {} };
  const parsedHealth = parseHealthResponse(health.body);
  if (!parsedHealth.ok) return { reply: invalid(health.retries, parsedHealth.message), found: {} };
  if (!parsedHealth.value.up) return { reply: invalid(health.retries, `${address.display}health says the model is not up`), found: {} };
  const found: Found = { modelClass: parsedHealth.value.modelClass, modelVersion: parsedHealth.value.modelVersion };
  const body = buildSetupRequest({
    projectId: row.projectId,
    labelConfig,
    // Tasks carry their text, so the backend never fetches files from Claimdesk.
    hostname: "",
    modelVersion: row.modelVersion,
  });
  const setup = await callModelServer({ address, timeoutMs: row.timeoutMs, method: "POST", path: "setup", body });
  const retries = health.retries + setup.retries;
  if (!setup.ok) return { reply: { ...setup, retries }, found };
  const parsedSetup = parseSetupResponse(setup.body);
  if (!parsedSetup.ok) return { reply: invalid(retries, parsedSetup.message), found };
  return {
    reply: { ok: true, body: null, latencyMs: Math.max(health.latencyMs, setup.latencyMs), retries },
    found: { ...found, modelVersion: parsedSetup.value.modelVersion ?? found.modelVersion ?? null },
  };
}

const invalid = (retries: number, message: string): ModelServerReply => ({ ok: false, kind: "invalid_response", message, retries });
