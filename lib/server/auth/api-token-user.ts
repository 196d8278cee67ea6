import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The user behind a live API token, or null. */
export function userIdFromApiToken(token: string): number | null {
  if (!token) return null;
  const db = getDb();
  const row = db
    .select({ id: apiTokens.id, userId: apiTokens.userId })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashApiToken(token)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return null;
  db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id)).run();
  return row.userId;
}
