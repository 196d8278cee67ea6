import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { notFound } from "@/lib/server/errors";

/** Revokes one of the caller's own live tokens; anyone else's token is "not found". */
export async function revokeApiToken(options: { caller: Caller; tokenId: number }): Promise<void> {
  const { caller, tokenId } = options;
  await getDb().transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, caller.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
    if (!revoked) throw notFound("API token");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: null,
      action: "api_token.revoke",
      subjectType: "api_token",
      subjectId: revoked.id,
      before: { name: revoked.name, prefix: revoked.prefix },
    });
  });
}
