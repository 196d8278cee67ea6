import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { apiTokenViewColumns, toApiTokenView, type ApiTokenView } from "./api-token-view";

/** The caller's own live tokens, newest first; revoked ones are gone from the list. */
export async function listApiTokens(options: { caller: Caller }): Promise<ApiTokenView[]> {
  const rows = await getDb()
    .select(apiTokenViewColumns)
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, options.caller.id), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.id));
  return rows.map(toApiTokenView);
}
