import "server-only";
import type { projects, ProjectRole } from "@/db/schema";
import { readProjectSettings, type ProjectSettings } from "@/lib/domain/project/project-settings";

export interface ProjectView {
  id: number;
  name: string;
  description: string;
  guidelines: string;
  settings: ProjectSettings;
  createdAt: string;
  updatedAt: string;
  /** The caller's roles in it. */
  roles: ProjectRole[];
}

export function toProjectView(row: typeof projects.$inferSelect, roles: ProjectRole[]): ProjectView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    guidelines: row.guidelines,
    settings: readProjectSettings(row.settings),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    roles,
  };
}
