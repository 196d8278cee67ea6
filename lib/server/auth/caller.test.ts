import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { env } from "@/lib/server/env";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

// The request a test makes: its headers, and the cookies next-auth reads the session from.
let requestHeaders = new Headers();
let requestCookies: Record<string, string> = {};

vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));
// next-auth's own session check, fed this test's request instead of Next's request scope.
vi.mock("next-auth", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-auth")>();
  const response = { getHeader() {}, setCookie() {}, setHeader() {} };
  return {
    ...original,
    getServerSession: (options: import("next-auth").NextAuthOptions) =>
      original.getServerSession({ headers: Object.fromEntries(requestHeaders), cookies: requestCookies } as never, response as never, options),
  };
});

const { getCaller, requireCaller } = await import("./caller");

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
  // next-auth logs each refused session cookie; these tests make them on purpose.
  vi.spyOn(console, "error").mockImplementation(() => {});
});

/** A session cookie as next-auth issues it, for `userId`, living `maxAge` seconds from now. */
async function withSession(userId: number, maxAge: number): Promise<void> {
  const token = await encode({ token: { uid: userId, sub: String(userId) }, secret: env().NEXTAUTH_SECRET, maxAge });
  requestHeaders = new Headers();
  requestCookies = { "next-auth.session-token": token };
}

function withToken(token: string): void {
  requestHeaders = new Headers({ authorization: `Bearer ${token}` });
  requestCookies = {};
}

describe("getCaller", () => {
  it("resolves a live session, and nobody from an expired one", async () => {
    const alice = await insertTestUser(db);
    await withSession(alice.id, 3600);
    expect(await getCaller()).toEqual(alice);
    await withSession(alice.id, -60);
    expect(await getCaller()).toBeNull();
    await expect(requireCaller()).rejects.toThrowError(expect.objectContaining({ code: "unauthorized" }));
  });

  it("refuses a session signed with another secret", async () => {
    const alice = await insertTestUser(db);
    const forged = await encode({ token: { uid: alice.id }, secret: "another-secret-of-at-least-32-characters", maxAge: 3600 });
    requestHeaders = new Headers();
    requestCookies = { "next-auth.session-token": forged };
    expect(await getCaller()).toBeNull();
  });

  it("refuses a revoked token on the very next request", async () => {
    const alice = await insertTestUser(db);
    const { id, token } = await createApiToken({ caller: alice, authenticatedWith: "session", name: "script" });
    withToken(token);
    expect(await getCaller()).toEqual(alice);
    await revokeApiToken({ caller: alice, tokenId: id });
    expect(await getCaller()).toBeNull();
  });

  it("prefers the Bearer header to the session cookie, so a bad token is no fallback to the session", async () => {
    const alice = await insertTestUser(db);
    await withSession(alice.id, 3600);
    requestHeaders = new Headers({ authorization: "Bearer cd_not-a-token" });
    expect(await getCaller()).toBeNull();
  });

  it("refuses a disabled user's live session and tokens at once", async () => {
    const bob = await insertTestUser(db);
    const { token } = await createApiToken({ caller: bob, authenticatedWith: "session", name: "script" });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, bob.id));
    await withSession(bob.id, 3600);
    expect(await getCaller()).toBeNull();
    withToken(token);
    expect(await getCaller()).toBeNull();
    // The token itself stays live: enabling the account again brings it back.
    expect((await db.select().from(apiTokens).where(eq(apiTokens.userId, bob.id)))[0]?.revokedAt).toBeNull();
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, bob.id));
    expect(await getCaller()).toEqual(bob);
  });

  it("reads the account as stored now, not as the session remembers it", async () => {
    const carol = await insertTestUser(db, { isAdmin: true });
    await withSession(carol.id, 3600);
    expect(await getCaller()).toMatchObject({ isAdmin: true });
    await db.update(users).set({ isAdmin: false, name: "Carol Renamed" }).where(eq(users.id, carol.id));
    expect(await getCaller()).toMatchObject({ id: carol.id, isAdmin: false, name: "Carol Renamed" });
    await db.delete(users).where(eq(users.id, carol.id));
    expect(await getCaller()).toBeNull();
  });
});
