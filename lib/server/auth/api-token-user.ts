import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// "Last used" is shown to the minute; writing it on every request would add a commit to each
// read and serialize the token's parallel requests on its row.
const lastUsedResolutionMs = 60_000;

/** The user behind a live API token, or null. */
export async function userIdFromApiToken(token: string): Promise<number | null> {
  if (!token) return null;
  const db = getDb();
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashApiToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= lastUsedResolutionMs) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return row.userId;
}
