import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { users } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { hashPassword } from "@/lib/server/auth/password";
import { type Caller, requireAdmin } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";

export interface UserView {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
}

/**
 * Creates an account. Admins do this in the app; the command line and the demo seed act
 * as `"system"`, which is how a fresh install gets its first admin.
 */
export async function createUser(options: {
  caller: Caller | "system";
  email: string;
  name: string;
  password: string;
  isAdmin?: boolean;
}): Promise<UserView> {
  if (options.caller !== "system") requireAdmin(options.caller);
  const email = options.email.trim().toLowerCase();
  const passwordHash = await hashPassword(options.password);
  const db = getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (existing) {
      throw new AppError("conflict", `A user with the email ${email} exists already`);
    }
    const user = firstRow(
      await tx
        .insert(users)
        .values({ email, name: options.name.trim(), passwordHash, isAdmin: options.isAdmin ?? false })
        .returning({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin }),
      "user",
    );
    await recordEvent(tx, {
      actorId: options.caller === "system" ? null : options.caller.id,
      projectId: null,
      action: "user.create",
      subjectType: "user",
      subjectId: user.id,
      after: user,
    });
    return user;
  });
}
