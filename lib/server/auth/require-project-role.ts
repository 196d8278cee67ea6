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

/**
 * The one access check for project-scoped actions: passes when the caller holds any of
 * `allowed`. Projects the caller is no member of answer 404, so their existence stays hidden.
 */
export async function requireProjectRole(
  caller: Caller,
  projectId: number,
  ...allowed: ProjectRole[]
): Promise<ProjectAccess> {
  const db = getDb();
  const [project] = await db
    .select({ id: projects.id, settings: projects.settings })
    .from(projects)
    .where(eq(projects.id, projectId))
    .limit(1);
  if (!project) throw notFound("Project");
  const roles: ProjectRole[] = caller.isAdmin
    ? ["manager", "reviewer", "annotator"]
    : (
        await db
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, caller.id)))
      ).map((m) => m.role);
  if (roles.length === 0) throw notFound("Project");
  if (allowed.length > 0 && !allowed.some((role) => roles.includes(role))) {
    throw new AppError("forbidden", `This needs the ${allowed.join(" or ")} role in the project`);
  }
  return {
    projectId,
    settings: readProjectSettings(project.settings),
    roles,
    has: (role) => roles.includes(role),
  };
}
