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

/**
 * Counts an attempt as a failure before its password is checked, unless the keys are blocked
 * already (then null). Check and count share one serialized transaction, so that concurrent
 * attempts, on any number of app servers, cannot all pass the check before any of them counts.
 * Returns the rows to drop with `forgiveLoginAttempt` when the password turns out right.
 */
export async function reserveLoginAttempt(keys: string[], now = Date.now()): Promise<number[] | null> {
  const reserved = await getDb().transaction(async (tx) => {
    if ((await loginRetryAfter(keys, now)) !== null) return null;
    const rows = await tx
      .insert(loginFailures)
      .values(keys.map((key) => ({ key, at: new Date(now) })))
      .returning({ id: loginFailures.id });
    return rows.map((row) => row.id);
  });
  // Old rows carry no information any more; pruning them outside the transaction keeps attempts
  // on unrelated keys from conflicting with each other.
  await getDb().delete(loginFailures).where(lt(loginFailures.at, new Date(now - loginWindowMs)));
  return reserved;
}

/** A successful sign-in: drops its own reservation and the account's earlier failures. */
export async function forgiveLoginAttempt(email: string, reserved: number[]): Promise<void> {
  await getDb()
    .delete(loginFailures)
    .where(inArray(loginFailures.key, loginLimitKeys(email, null)));
  if (reserved.length > 0) await getDb().delete(loginFailures).where(inArray(loginFailures.id, reserved));
}
