import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entityTypes, projects, relationTypes, stanceLabels } from "@/db/schema";
import type { ExportContext } from "@/lib/domain/export/dataset-model";
import { notFound } from "@/lib/server/errors";

/** The project's name, description and label schema in display order: small, read once per export. */
export async function loadExportContext(db: Db, projectId: number): Promise<ExportContext & { projectDescription: string }> {
  const [project] = await db
    .select({ name: projects.name, description: projects.description })
    .from(projects)
    .where(eq(projects.id, projectId))
    .limit(1);
  if (!project) throw notFound("Project");
  const columns = (table: typeof entityTypes | typeof stanceLabels) => ({ key: table.key, name: table.name, color: table.color });
  return {
    projectName: project.name,
    projectDescription: project.description,
    schema: {
      entityTypes: await db.select(columns(entityTypes)).from(entityTypes).where(eq(entityTypes.projectId, projectId))
        .orderBy(asc(entityTypes.position), asc(entityTypes.id)),
      stanceLabels: await db.select(columns(stanceLabels)).from(stanceLabels).where(eq(stanceLabels.projectId, projectId))
        .orderBy(asc(stanceLabels.position), asc(stanceLabels.id)),
      relationTypes: await db
        .select({ key: relationTypes.key, name: relationTypes.name, directed: relationTypes.directed })
        .from(relationTypes).where(eq(relationTypes.projectId, projectId))
        .orderBy(asc(relationTypes.position), asc(relationTypes.id)),
    },
  };
}
