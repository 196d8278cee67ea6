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
export function updateMemberRoles(options: {
  caller: Caller;
  projectId: number;
  userId: number;
  roles: ProjectRole[];
}): MemberView {
  const { caller, projectId, userId } = options;
  requireProjectRole(caller, projectId, "manager");
  return getDb().transaction(
    (tx) => {
      const before = readMembers(tx, projectId, userId)[0];
      if (!before) throw notFound("Member");
      tx.delete(memberships)
        .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)))
        .run();
      tx.insert(memberships)
        .values(options.roles.map((role) => ({ projectId, userId, role })))
        .onConflictDoNothing()
        .run();
      requireRemainingManager(tx, projectId);
      const after = readMembers(tx, projectId, userId)[0];
      if (!after) throw notFound("Member");
      recordEvent(tx, {
        actorId: caller.id,
        projectId,
        action: "member.update",
        subjectType: "user",
        subjectId: userId,
        before,
        after,
      });
      return after;
    },
    { behavior: "immediate" },
  );
}
