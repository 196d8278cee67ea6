import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { loginFailures, users } from "@/db/schema";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { authenticateWithPassword } from "./authenticate-with-password";
import { loginLimitKeys, loginRetryAfter, loginWindowMs, maxLoginFailures, reserveLoginAttempt } from "./login-rate-limit";
import { hashPassword } from "./password";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

async function insertUserWithPassword(password: string) {
  const user = await insertTestUser(db);
  await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, user.id));
  return user;
}

async function failuresOf(key: string): Promise<number> {
  return (await db.select().from(loginFailures).where(eq(loginFailures.key, key))).length;
}

describe("sign-in throttle", () => {
  it("blocks an account after five failures, even against the right password, until the window passes", async () => {
    const user = await insertUserWithPassword("right-password");
    for (let i = 0; i < maxLoginFailures; i++) {
      expect(await authenticateWithPassword({ email: user.email, password: "wrong", ip: "203.0.113.1" })).toBeNull();
    }
    expect(await authenticateWithPassword({ email: user.email, password: "right-password", ip: "203.0.113.2" })).toBeNull();
    const keys = loginLimitKeys(user.email, null);
    expect(await loginRetryAfter(keys)).toBeGreaterThan(loginWindowMs / 1000 - 60);
    expect(await loginRetryAfter(keys, Date.now() + loginWindowMs + 1000)).toBeNull();
  });

  it("counts concurrent failures, so that parallel guesses get no more than five tries", async () => {
    const user = await insertUserWithPassword("right-password");
    const attempts = Array.from({ length: 12 }, (_, i) =>
      authenticateWithPassword({ email: user.email, password: `guess-${i}`, ip: `198.51.100.${i}` }),
    );
    expect(await Promise.all(attempts)).toEqual(Array.from({ length: 12 }, () => null));
    expect(await failuresOf(`account:${user.email}`)).toBe(maxLoginFailures);
  });

  it("lets many people sign in at once from one address", async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => insertUserWithPassword("right-password")));
    const signedIn = await Promise.all(
      people.map((person) => authenticateWithPassword({ email: person.email, password: "right-password", ip: "198.51.100.200" })),
    );
    expect(signedIn.map((user) => user?.id)).toEqual(people.map((person) => person.id));
    expect(await failuresOf("ip:198.51.100.200")).toBe(0);
  });

  it("lets only five of many concurrent reservations through for one key", async () => {
    const keys = [`account:race-${Date.now()}@test.example`];
    const now = Date.now();
    const reserved = await Promise.all(Array.from({ length: 10 }, () => reserveLoginAttempt(keys, now)));
    expect(reserved.filter((ids) => ids !== null)).toHaveLength(maxLoginFailures);
    expect(await failuresOf(keys[0]!)).toBe(maxLoginFailures);
  });

  it("forgets the account's failures and its own attempt after a success", async () => {
    const user = await insertUserWithPassword("right-password");
    await authenticateWithPassword({ email: user.email, password: "wrong", ip: "192.0.2.7" });
    const signedIn = await authenticateWithPassword({ email: user.email.toUpperCase(), password: "right-password", ip: "192.0.2.7" });
    expect(signedIn).toMatchObject({ id: user.id, email: user.email });
    expect(await failuresOf(`account:${user.email}`)).toBe(0);
    // The address keeps its earlier failure but not the successful attempt.
    expect(await failuresOf("ip:192.0.2.7")).toBe(1);
  });

  it("treats unknown accounts like wrong passwords", async () => {
    const email = "nobody@test.example";
    expect(await authenticateWithPassword({ email, password: "whatever", ip: null })).toBeNull();
    expect(await failuresOf(`account:${email}`)).toBe(1);
  });
});
