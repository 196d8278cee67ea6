import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { hashApiToken, userIdFromApiToken } from "@/lib/server/auth/api-token-user";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

describe("API tokens", () => {
  it("creates a token shown once, stored only as its SHA-256 with an 8-character prefix", () => {
    const alice = insertTestUser(db);
    const created = createApiToken({ caller: alice, authenticatedWith: "session", name: "  laptop " });
    expect(created.token).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "laptop", prefix: created.token.slice(0, 8) });
    const row = db.select().from(apiTokens).where(eq(apiTokens.id, created.id)).get();
    expect(row?.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(userIdFromApiToken(created.token)).toBe(alice.id);
  });

  it("refuses to mint a token when the caller came with a token", () => {
    const alice = insertTestUser(db);
    expect(() => createApiToken({ caller: alice, authenticatedWith: "token", name: "x" })).toThrowError(/signed-in session/);
  });

  it("lists only the caller's tokens, without hashes or tokens", () => {
    const alice = insertTestUser(db);
    const bob = insertTestUser(db);
    const first = createApiToken({ caller: alice, authenticatedWith: "session", name: "one" });
    const second = createApiToken({ caller: alice, authenticatedWith: "session", name: "two" });
    createApiToken({ caller: bob, authenticatedWith: "session", name: "bob's" });
    const listed = listApiTokens({ caller: alice });
    expect(listed.map((t) => t.id)).toEqual([second.id, first.id]);
    for (const token of listed) {
      expect(Object.keys(token).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix"]);
    }
    const text = JSON.stringify(listed);
    expect(text).not.toContain(first.token);
    expect(text).not.toContain(hashApiToken(first.token));
  });

  it("revokes own tokens, which then no longer resolve nor list", () => {
    const alice = insertTestUser(db);
    const created = createApiToken({ caller: alice, authenticatedWith: "session", name: "ci" });
    revokeApiToken({ caller: alice, tokenId: created.id });
    expect(userIdFromApiToken(created.token)).toBeNull();
    expect(listApiTokens({ caller: alice })).toEqual([]);
    expect(() => revokeApiToken({ caller: alice, tokenId: created.id })).toThrowError("API token not found");
  });

  it("answers not found for another user's token and leaves it working", () => {
    const alice = insertTestUser(db);
    const mallory = insertTestUser(db);
    const created = createApiToken({ caller: alice, authenticatedWith: "session", name: "mine" });
    expect(() => revokeApiToken({ caller: mallory, tokenId: created.id })).toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
    expect(userIdFromApiToken(created.token)).toBe(alice.id);
  });
});
