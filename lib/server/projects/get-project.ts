import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projects } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { toProjectView, type ProjectView } from "./project-view";

/** Any member may read a project. */
export function getProject(options: { caller: Caller; projectId: number }): ProjectView {
  const access = requireProjectRole(options.caller, options.projectId);
  const row = getDb().select().from(projects).where(eq(projects.id, options.projectId)).get();
  if (!row) throw notFound("Project");
  return toProjectView(row, access.roles);
}
