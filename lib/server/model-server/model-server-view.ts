import "server-only";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { documentPredictions, documents, modelServers } from "@/db/schema";
import { modelServerAddress } from "@/lib/domain/model-server/model-server-url";
import type { ModelServerStatus } from "@/lib/domain/model-server/model-server-status";

export type ModelServerRow = typeof modelServers.$inferSelect;

/** What the project settings show: the URL with credentials masked, never as stored. */
export interface ModelServerView {
  url: string;
  timeoutMs: number;
  status: ModelServerStatus;
  lastError: string | null;
  lastErrorAt: string | null;
  checkedAt: string | null;
  latencyMs: number | null;
  modelVersion: string | null;
  modelClass: string | null;
  retries: number;
  documents: { total: number; predicted: number };
}

export async function readModelServer(tx: Db, projectId: number): Promise<ModelServerRow | null> {
  const [row] = await tx.select().from(modelServers).where(eq(modelServers.projectId, projectId)).limit(1);
  return row ?? null;
}

export async function modelServerView(tx: Db, row: ModelServerRow): Promise<ModelServerView> {
  const [total] = await tx.select({ n: count() }).from(documents).where(eq(documents.projectId, row.projectId));
  const [predicted] = await tx.select({ n: count() }).from(documentPredictions).where(eq(documentPredictions.projectId, row.projectId));
  return {
    url: modelServerAddress(row.url).display,
    timeoutMs: row.timeoutMs,
    status: row.status,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt?.toISOString() ?? null,
    checkedAt: row.checkedAt?.toISOString() ?? null,
    latencyMs: row.latencyMs,
    modelVersion: row.modelVersion,
    modelClass: row.modelClass,
    retries: row.retries,
    documents: { total: Number(total?.n ?? 0), predicted: Number(predicted?.n ?? 0) },
  };
}
