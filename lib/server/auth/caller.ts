import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/server/errors";
import { authOptions } from "./auth-options";
import { callerFromApiToken } from "./api-token-user";
import { bearerTokenOf } from "./bearer-token";

/** The signed-in user a request acts for, as stored now (not as the session remembers). */
export interface Caller {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
}

export async function getCaller(): Promise<Caller | null> {
  const token = bearerTokenOf(await headers());
  if (token !== null) return callerFromApiToken(token);
  const userId = (await getServerSession(authOptions()))?.user?.id;
  if (userId === undefined || userId === null) return null;
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}

export async function requireCaller(): Promise<Caller> {
  const caller = await getCaller();
  if (!caller) throw new AppError("unauthorized", "Sign in or send an API token");
  return caller;
}

export function requireAdmin(caller: Caller): void {
  if (!caller.isAdmin) throw new AppError("forbidden", "Only instance admins may do this");
}
