import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { ProjectSettings } from "@/lib/domain/project/project-settings";
import { createdAt, updatedAt } from "./columns";
import { users } from "./users";

export const projects = sqliteTable("projects", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  /** Markdown, rendered without raw HTML. */
  guidelines: text("guidelines").notNull().default(""),
  settings: text("settings", { mode: "json" }).$type<ProjectSettings>().notNull(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const projectRoles = ["manager", "reviewer", "annotator"] as const;
export type ProjectRole = (typeof projectRoles)[number];

export const memberships = sqliteTable(
  "memberships",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: projectRoles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId, t.role] }),
    index("memberships_user_idx").on(t.userId),
  ],
);
