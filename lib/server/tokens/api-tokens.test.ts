import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { callerFromApiToken, hashApiToken } from "@/lib/server/auth/api-token-user";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

describe("API tokens", () => {
  it("creates a token shown once, stored only as its SHA-256 with an 8-character prefix", async () => {
    const alice = await insertTestUser(db);
    const created = await createApiToken({ caller: alice, authenticatedWith: "session", name: "  laptop " });
    expect(created.token).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "laptop", prefix: created.token.slice(0, 8) });
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row?.tokenHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect((await callerFromApiToken(created.token))?.id).toBe(alice.id);
  });

  it("records the last use to the minute, without a write on every request", async () => {
    const alice = await insertTestUser(db);
    const created = await createApiToken({ caller: alice, authenticatedWith: "session", name: "script" });
    const lastUsed = async () => (await db.select().from(apiTokens).where(eq(apiTokens.id, created.id)))[0]?.lastUsedAt ?? null;
    expect(await lastUsed()).toBeNull();
    await callerFromApiToken(created.token);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await callerFromApiToken(created.token);
    expect((await lastUsed())?.getTime()).toBe(first?.getTime());
    const hourAgo = new Date(Date.now() - 3_600_000);
    await db.update(apiTokens).set({ lastUsedAt: hourAgo }).where(eq(apiTokens.id, created.id));
    await callerFromApiToken(created.token);
    expect((await lastUsed())?.getTime()).toBeGreaterThan(hourAgo.getTime() + 3_500_000);
  });

  it("refuses to mint a token when the caller came with a token", async () => {
    const alice = await insertTestUser(db);
    await expect(createApiToken({ caller: alice, authenticatedWith: "token", name: "x" })).rejects.toThrowError(/signed-in session/);
  });

  it("lists only the caller's tokens, without hashes or tokens", async () => {
    const alice = await insertTestUser(db);
    const bob = await insertTestUser(db);
    const first = await createApiToken({ caller: alice, authenticatedWith: "session", name: "one" });
    const second = await createApiToken({ caller: alice, authenticatedWith: "session", name: "two" });
    await createApiToken({ caller: bob, authenticatedWith: "session", name: "bob's" });
    const listed = await listApiTokens({ caller: alice });
    expect(listed.map((t) => t.id)).toEqual([second.id, first.id]);
    for (const token of listed) {
      expect(Object.keys(token).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix"]);
    }
    const text = JSON.stringify(listed);
    expect(text).not.toContain(first.token);
    expect(text).not.toContain(hashApiToken(first.token));
  });

  it("revokes own tokens, which then no longer resolve nor list", async () => {
    const alice = await insertTestUser(db);
    const created = await createApiToken({ caller: alice, authenticatedWith: "session", name: "ci" });
    await revokeApiToken({ caller: alice, tokenId: created.id });
    expect(await callerFromApiToken(created.token)).toBeNull();
    expect(await listApiTokens({ caller: alice })).toEqual([]);
    await expect(revokeApiToken({ caller: alice, tokenId: created.id })).rejects.toThrowError("API token not found");
  });

  it("resolves to the user as stored now, and to nobody once the user is disabled", async () => {
    const alice = await insertTestUser(db);
    const created = await createApiToken({ caller: alice, authenticatedWith: "session", name: "renamed" });
    await db.update(users).set({ name: "Alice Renamed" }).where(eq(users.id, alice.id));
    expect(await callerFromApiToken(created.token)).toEqual({ id: alice.id, email: alice.email, name: "Alice Renamed", isAdmin: false });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, alice.id));
    expect(await callerFromApiToken(created.token)).toBeNull();
  });

  it("answers not found for another user's token and leaves it working", async () => {
    const alice = await insertTestUser(db);
    const mallory = await insertTestUser(db);
    const created = await createApiToken({ caller: alice, authenticatedWith: "session", name: "mine" });
    await expect(revokeApiToken({ caller: mallory, tokenId: created.id })).rejects.toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
    expect((await callerFromApiToken(created.token))?.id).toBe(alice.id);
  });
});
