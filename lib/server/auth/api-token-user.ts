import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import type { Caller } from "./caller";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// "Last used" is shown to the minute; writing it on every request would add a commit to each
// read and serialize the token's parallel requests on its row.
const lastUsedResolutionMs = 60_000;

/** The user behind a live API token, as stored now, or null (no such token, revoked, user disabled). */
export async function callerFromApiToken(token: string): Promise<Caller | null> {
  if (!token) return null;
  const db = getDb();
  // Token and user in one round trip: every API request asks this first.
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      disabledAt: users.disabledAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashApiToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row || row.disabledAt) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= lastUsedResolutionMs) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin };
}
