import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, projects, type ProjectRole } from "@/db/schema";
import { readProjectSettings, type ProjectSettings } from "@/lib/domain/project/project-settings";
import { AppError, notFound } from "@/lib/server/errors";
import type { Caller } from "./caller";

export interface ProjectAccess {
  projectId: number;
  settings: ProjectSettings;
  /** The caller's roles in the project; instance admins hold all of them. */
  roles: ProjectRole[];
  has(role: ProjectRole): boolean;
}

/** The caller's membership in a project, as one left join of memberships on its project row. */
export function membershipOf(caller: Caller) {
  return and(eq(memberships.projectId, projects.id), eq(memberships.userId, caller.id));
}

/**
 * The access that a project's settings and the caller's membership rows (`role` null where the
 * caller is no member) give, or the refusal: 404 for outsiders, so that the project stays hidden,
 * 403 for members without any of `allowed`.
 */
export function projectAccessOf(
  caller: Caller,
  project: { id: number; settings: unknown },
  memberRoles: (ProjectRole | null)[],
  allowed: ProjectRole[],
): ProjectAccess {
  const roles: ProjectRole[] = caller.isAdmin
    ? ["manager", "reviewer", "annotator"]
    : memberRoles.filter((role): role is ProjectRole => role !== null);
  if (roles.length === 0) throw notFound("Project");
  if (allowed.length > 0 && !allowed.some((role) => roles.includes(role))) {
    throw new AppError("forbidden", `This needs the ${allowed.join(" or ")} role in the project`);
  }
  return {
    projectId: project.id,
    settings: readProjectSettings(project.settings),
    roles,
    has: (role) => roles.includes(role),
  };
}

/**
 * The one access check for project-scoped actions: passes when the caller holds any of
 * `allowed`. Projects the caller is no member of answer 404, so their existence stays hidden.
 */
export async function requireProjectRole(
  caller: Caller,
  projectId: number,
  ...allowed: ProjectRole[]
): Promise<ProjectAccess> {
  const rows = await getDb()
    .select({ id: projects.id, settings: projects.settings, role: memberships.role })
    .from(projects)
    .leftJoin(memberships, membershipOf(caller))
    .where(eq(projects.id, projectId));
  const [project] = rows;
  if (!project) throw notFound("Project");
  return projectAccessOf(caller, project, rows.map((row) => row.role), allowed);
}
