import "server-only";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { memberships, projects } from "@/db/schema";
import { defaultProjectSettings } from "@/lib/domain/project/project-settings";
import { defaultStanceLabels } from "@/lib/domain/project/default-label-schema";
import { stanceLabels } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import { type Caller, requireAdmin } from "@/lib/server/auth/caller";
import { toProjectView, type ProjectView } from "./project-view";

/** Instance admins create projects; the creator becomes the project's manager. */
export async function createProject(options: {
  caller: Caller;
  name: string;
  description?: string;
  guidelines?: string;
}): Promise<ProjectView> {
  const { caller } = options;
  requireAdmin(caller);
  const db = getDb();
  const row = await db.transaction(async (tx) => {
    const project = firstRow(
      await tx
        .insert(projects)
        .values({
          name: options.name,
          description: options.description ?? "",
          guidelines: options.guidelines ?? "",
          settings: defaultProjectSettings,
          createdBy: caller.id,
        })
        .returning(),
      "project",
    );
    await tx.insert(memberships).values({ projectId: project.id, userId: caller.id, role: "manager" });
    await tx
      .insert(stanceLabels)
      .values(defaultStanceLabels.map((label, position) => ({ ...label, projectId: project.id, position })));
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: project.id,
      action: "project.create",
      subjectType: "project",
      subjectId: project.id,
      after: project,
    });
    return project;
  });
  return toProjectView(row, ["manager", "reviewer", "annotator"]);
}
