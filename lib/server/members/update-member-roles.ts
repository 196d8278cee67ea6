import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, type ProjectRole } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { type MemberView, readMembers } from "./member-view";
import { requireRemainingManager } from "./require-remaining-manager";

/** Managers replace a member's roles; the project keeps at least one manager. */
export async function updateMemberRoles(options: {
  caller: Caller;
  projectId: number;
  userId: number;
  roles: ProjectRole[];
}): Promise<MemberView> {
  const { caller, projectId, userId } = options;
  await requireProjectRole(caller, projectId, "manager");
  return getDb().transaction(async (tx) => {
    const [before] = await readMembers(tx, projectId, userId);
    if (!before) throw notFound("Member");
    await tx.delete(memberships).where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
    await tx
      .insert(memberships)
      .values(options.roles.map((role) => ({ projectId, userId, role })))
      .onConflictDoNothing();
    await requireRemainingManager(tx, projectId);
    const [after] = await readMembers(tx, projectId, userId);
    if (!after) throw notFound("Member");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "member.update",
      subjectType: "user",
      subjectId: userId,
      before,
      after,
    });
    return after;
  });
}
