import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { type Caller, requireAdmin } from "@/lib/server/auth/caller";

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  createdAt: string;
}

/** Instance admins see every account. */
export async function listUsers(options: { caller: Caller }): Promise<UserListItem[]> {
  requireAdmin(options.caller);
  const rows = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
  return rows.map((user) => ({ ...user, createdAt: user.createdAt.toISOString() }));
}
