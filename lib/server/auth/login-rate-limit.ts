import "server-only";
import { and, desc, eq, gte, inArray, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginFailures } from "@/db/schema";

export const loginWindowMs = 15 * 60 * 1000;
export const maxLoginFailures = 5;

export function loginLimitKeys(email: string, ip: string | null): string[] {
  const keys = [`account:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

/** Seconds until the next attempt is allowed, or null when none of the keys is blocked. */
export async function loginRetryAfter(keys: string[], now = Date.now()): Promise<number | null> {
  const db = getDb();
  const since = new Date(now - loginWindowMs);
  let blockedUntil = 0;
  for (const key of keys) {
    // The block lifts when the fifth most recent failure leaves the window.
    const [fifthLatest] = await db
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)))
      .orderBy(desc(loginFailures.at))
      .limit(1)
      .offset(maxLoginFailures - 1);
    if (fifthLatest) {
      blockedUntil = Math.max(blockedUntil, fifthLatest.at.getTime() + loginWindowMs);
    }
  }
  return blockedUntil > now ? Math.ceil((blockedUntil - now) / 1000) : null;
}

const isAccountKey = (key: string) => key.startsWith("account:");

/**
 * Counts an attempt against its account before the password is checked, unless a key is blocked
 * already (then null). Check and count share one serialized transaction, so that parallel guesses
 * at one account, on any number of app servers, cannot all pass the check before any of them
 * counts. The client's address is only checked here: many people signing in at once from one
 * office address must not lock each other out; `recordAddressFailure` counts its real failures.
 * Returns the rows to drop with `forgiveLoginAttempt` when the password turns out right.
 */
export async function reserveLoginAttempt(keys: string[], now = Date.now()): Promise<number[] | null> {
  const accountKeys = keys.filter(isAccountKey);
  const reserved = await getDb().transaction(async (tx) => {
    if ((await loginRetryAfter(keys, now)) !== null) return null;
    if (accountKeys.length === 0) return [];
    const rows = await tx
      .insert(loginFailures)
      .values(accountKeys.map((key) => ({ key, at: new Date(now) })))
      .returning({ id: loginFailures.id });
    return rows.map((row) => row.id);
  });
  // Old rows carry no information any more; pruning them outside the transaction keeps attempts
  // on unrelated keys from conflicting with each other.
  await getDb().delete(loginFailures).where(lt(loginFailures.at, new Date(now - loginWindowMs)));
  return reserved;
}

/** A failed sign-in counts against the client's address too (the account's reservation stays). */
export async function recordAddressFailure(keys: string[], now = Date.now()): Promise<void> {
  const addressKeys = keys.filter((key) => !isAccountKey(key));
  if (addressKeys.length > 0) await getDb().insert(loginFailures).values(addressKeys.map((key) => ({ key, at: new Date(now) })));
}

/** A successful sign-in: drops its own reservation and the account's earlier failures. */
export async function forgiveLoginAttempt(email: string, reserved: number[]): Promise<void> {
  await getDb()
    .delete(loginFailures)
    .where(inArray(loginFailures.key, loginLimitKeys(email, null)));
  if (reserved.length > 0) await getDb().delete(loginFailures).where(inArray(loginFailures.id, reserved));
}
