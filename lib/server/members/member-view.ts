import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, projectRoles, type ProjectRole, users } from "@/db/schema";

export interface MemberView {
  userId: number;
  email: string;
  name: string;
  /** In the canonical order: manager, reviewer, annotator. */
  roles: ProjectRole[];
}

/** The project's members with their roles, by name; `userId` narrows it to one member. */
export async function readMembers(tx: Db, projectId: number, userId?: number): Promise<MemberView[]> {
  const rows = await tx
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      userId === undefined
        ? eq(memberships.projectId, projectId)
        : and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)),
    )
    .orderBy(asc(users.name), asc(users.id));
  const byUser = new Map<number, MemberView>();
  for (const { role, ...user } of rows) {
    const member = byUser.get(user.userId) ?? { ...user, roles: [] };
    member.roles.push(role);
    byUser.set(user.userId, member);
  }
  return [...byUser.values()].map((member) => ({ ...member, roles: sortRoles(member.roles) }));
}

function sortRoles(roles: Iterable<ProjectRole>): ProjectRole[] {
  const set = new Set(roles);
  return projectRoles.filter((role) => set.has(role));
}
