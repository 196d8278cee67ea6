import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { readMembers } from "./member-view";
import { requireRemainingManager } from "./require-remaining-manager";

/**
 * Managers take every role in the project from a member. Their annotations stay: they are
 * part of the project's data, not of the membership.
 */
export async function removeMember(options: { caller: Caller; projectId: number; userId: number }): Promise<void> {
  const { caller, projectId, userId } = options;
  await requireProjectRole(caller, projectId, "manager");
  await getDb().transaction(async (tx) => {
    const [before] = await readMembers(tx, projectId, userId);
    if (!before) throw notFound("Member");
    await tx.delete(memberships).where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
    await requireRemainingManager(tx, projectId);
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "member.remove",
      subjectType: "user",
      subjectId: userId,
      before,
    });
  });
}
