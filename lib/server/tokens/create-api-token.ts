import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { apiTokens } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { hashApiToken } from "@/lib/server/auth/api-token-user";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { apiTokenViewColumns, toApiTokenView, type ApiTokenView } from "./api-token-view";

export const API_TOKEN_PREFIX_LENGTH = 8;

export interface CreatedApiToken extends Omit<ApiTokenView, "lastUsedAt"> {
  /** Shown once; only its SHA-256 is stored. */
  token: string;
}

/**
 * A user creates an API token for scripts. Only a signed-in session may do this: a leaked
 * token must not be able to mint more tokens that outlive its revocation.
 */
export async function createApiToken(options: {
  caller: Caller;
  authenticatedWith: "session" | "token";
  name: string;
}): Promise<CreatedApiToken> {
  const { caller } = options;
  if (options.authenticatedWith !== "session") {
    throw new AppError("forbidden", "API tokens can only be created from a signed-in session, not with another token");
  }
  const token = `cd_${randomBytes(32).toString("base64url")}`;
  const db = getDb();
  const row = await db.transaction(async (tx) => {
    const created = firstRow(
      await tx
        .insert(apiTokens)
        .values({
          userId: caller.id,
          name: options.name.trim(),
          tokenHash: hashApiToken(token),
          prefix: token.slice(0, API_TOKEN_PREFIX_LENGTH),
        })
        .returning(apiTokenViewColumns),
      "API token",
    );
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: null,
      action: "api_token.create",
      subjectType: "api_token",
      subjectId: created.id,
      after: { name: created.name, prefix: created.prefix },
    });
    return created;
  });
  const { lastUsedAt: _unused, ...view } = toApiTokenView(row);
  return { ...view, token };
}
