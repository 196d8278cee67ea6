import "server-only";
import { eq } from "drizzle-orm";
import { afterCommit, getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { projects } from "@/db/schema";
import { projectSettingsSchema, type ProjectSettings } from "@/lib/domain/project/project-settings";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { scheduleRecommenderRebuild } from "@/lib/server/recommenders/schedule-recommender-rebuild";
import { toProjectView, type ProjectView } from "./project-view";

export interface ProjectPatch {
  name?: string;
  description?: string;
  guidelines?: string;
  settings?: Partial<ProjectSettings>;
}

/** Managers edit a project's name, description, guidelines and settings. */
export async function updateProject(options: {
  caller: Caller;
  projectId: number;
  patch: ProjectPatch;
}): Promise<ProjectView> {
  const { caller, projectId, patch } = options;
  const access = await requireProjectRole(caller, projectId, "manager");
  const db = getDb();
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(projects).where(eq(projects.id, projectId)).limit(1);
    if (!before) throw notFound("Project");
    const settings = projectSettingsSchema.parse({ ...access.settings, ...patch.settings });
    const after = firstRow(
      await tx
        .update(projects)
        .set({
          name: patch.name ?? before.name,
          description: patch.description ?? before.description,
          guidelines: patch.guidelines ?? before.guidelines,
          settings,
          updatedAt: new Date(),
        })
        .where(eq(projects.id, projectId))
        .returning(),
      "project",
    );
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "project.update",
      subjectType: "project",
      subjectId: projectId,
      before,
      after,
    });
    return after;
  });
  // Queueing by uncertainty needs the documents scored: the rebuild does it, in the background.
  if (patch.settings?.queueOrder === "uncertainty" && access.settings.queueOrder !== "uncertainty") {
    afterCommit(() => scheduleRecommenderRebuild(projectId));
  }
  return toProjectView(row, access.roles);
}
