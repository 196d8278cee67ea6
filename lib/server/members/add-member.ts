import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, type ProjectRole, users } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError, notFound } from "@/lib/server/errors";
import { type MemberView, readMembers } from "./member-view";

/** Managers give an existing account roles in the project, keeping any roles it had. */
export async function addMember(options: {
  caller: Caller;
  projectId: number;
  email: string;
  roles: ProjectRole[];
}): Promise<MemberView> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId, "manager");
  const email = options.email.trim().toLowerCase();
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    if (!user) {
      throw new AppError("not_found", `No user with the email ${email}; an admin can create the account`);
    }
    if (user.disabledAt) throw new AppError("unprocessable", `The account ${email} is disabled`);
    const before = (await readMembers(tx, projectId, user.id))[0] ?? null;
    await tx
      .insert(memberships)
      .values(options.roles.map((role) => ({ projectId, userId: user.id, role })))
      .onConflictDoNothing();
    const [after] = await readMembers(tx, projectId, user.id);
    if (!after) throw notFound("Member");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "member.add",
      subjectType: "user",
      subjectId: user.id,
      before,
      after,
    });
    return after;
  });
}
