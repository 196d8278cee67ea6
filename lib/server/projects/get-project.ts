import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projects } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { toProjectView, type ProjectView } from "./project-view";

/** Any member may read a project. */
export async function getProject(options: { caller: Caller; projectId: number }): Promise<ProjectView> {
  const access = await requireProjectRole(options.caller, options.projectId);
  const [row] = await getDb().select().from(projects).where(eq(projects.id, options.projectId)).limit(1);
  if (!row) throw notFound("Project");
  return toProjectView(row, access.roles);
}
