import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, projects, type ProjectRole } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { toProjectView, type ProjectView } from "./project-view";

/** The projects the caller belongs to (all of them for instance admins). */
export async function listProjects(options: { caller: Caller }): Promise<ProjectView[]> {
  const { caller } = options;
  const db = getDb();
  const rolesByProject = new Map<number, ProjectRole[]>();
  for (const m of await db.select().from(memberships).where(eq(memberships.userId, caller.id))) {
    rolesByProject.set(m.projectId, [...(rolesByProject.get(m.projectId) ?? []), m.role]);
  }
  const rows = caller.isAdmin
    ? await db.select().from(projects).orderBy(asc(projects.name))
    : await db
        .select()
        .from(projects)
        .where(inArray(projects.id, [...rolesByProject.keys()]))
        .orderBy(asc(projects.name));
  return rows.map((row) =>
    toProjectView(row, caller.isAdmin ? ["manager", "reviewer", "annotator"] : (rolesByProject.get(row.id) ?? [])),
  );
}
