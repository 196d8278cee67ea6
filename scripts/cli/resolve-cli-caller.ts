import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";

/** The account a command acts as: `--as <email>`, which must exist and be enabled. */
export async function callerByEmail(email: string): Promise<Caller> {
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  if (!user || user.disabledAt) throw new Error(`No enabled account with the email ${email}`);
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}

/** The first enabled instance admin, for commands that record who did them (imports). */
export async function firstAdminCaller(): Promise<Caller> {
  const [admin] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin })
    .from(users)
    .where(and(eq(users.isAdmin, true), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .limit(1);
  if (!admin) throw new Error("There is no instance admin; create one with user:create --admin, or pass --as <email>");
  return admin;
}
