import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-content";

/** The demo accounts that still exist, for the sign-in page's hint. */
export async function listDemoAccounts(): Promise<{ email: string; label: string }[]> {
  const rows = await getDb()
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.email, demoUsers.map((u) => u.email)));
  const existing = new Set(rows.map((u) => u.email));
  return demoUsers
    .filter((u) => existing.has(u.email))
    .map((u) => ({ email: u.email, label: [u.isAdmin ? "admin" : null, ...u.roles].filter(Boolean).join(", ") }));
}
