import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { forgiveLoginAttempt, loginLimitKeys, recordAddressFailure, reserveLoginAttempt } from "./login-rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";

export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
}

/**
 * Checks an email and password. Unknown accounts cost the same time as known ones, and
 * every failure counts toward the per-account and per-address limits, concurrent ones too.
 */
export async function authenticateWithPassword(options: {
  email: string;
  password: string;
  ip: string | null;
}): Promise<AuthenticatedUser | null> {
  const email = options.email.trim().toLowerCase();
  const keys = loginLimitKeys(email, options.ip);
  const reserved = await reserveLoginAttempt(keys);
  if (!reserved) return null;

  const [user] = await getDb().select().from(users).where(eq(users.email, email)).limit(1);
  const valid =
    user && !user.disabledAt
      ? await verifyPassword(user.passwordHash, options.password)
      : await verifyAgainstDummy(options.password);
  if (!user || !valid) {
    // The account's reservation stays: that is its failure counted.
    await recordAddressFailure(keys);
    return null;
  }
  await forgiveLoginAttempt(email, reserved);
  return { id: user.id, email: user.email, name: user.name };
}
