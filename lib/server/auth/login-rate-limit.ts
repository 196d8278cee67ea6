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
export function loginRetryAfter(keys: string[], now = Date.now()): number | null {
  const db = getDb();
  const since = new Date(now - loginWindowMs);
  let blockedUntil = 0;
  for (const key of keys) {
    // The block lifts when the fifth most recent failure leaves the window.
    const [fifthLatest] = db
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gte(loginFailures.at, since)))
      .orderBy(desc(loginFailures.at))
      .limit(1)
      .offset(maxLoginFailures - 1)
      .all();
    if (fifthLatest) {
      blockedUntil = Math.max(blockedUntil, fifthLatest.at.getTime() + loginWindowMs);
    }
  }
  return blockedUntil > now ? Math.ceil((blockedUntil - now) / 1000) : null;
}

export function recordLoginFailure(keys: string[], now = Date.now()): void {
  const db = getDb();
  db.transaction(
    (tx) => {
      tx.insert(loginFailures)
        .values(keys.map((key) => ({ key, at: new Date(now) })))
        .run();
      // Old rows carry no information any more.
      tx.delete(loginFailures).where(lt(loginFailures.at, new Date(now - loginWindowMs))).run();
    },
    { behavior: "immediate" },
  );
}

export function clearLoginFailures(email: string): void {
  getDb()
    .delete(loginFailures)
    .where(inArray(loginFailures.key, loginLimitKeys(email, null)))
    .run();
}
