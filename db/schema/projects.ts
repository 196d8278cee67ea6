import { index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { projectRoles } from "./enums";
import type { ProjectSettings } from "@/lib/domain/project/project-settings";
import { createdAt, updatedAt } from "./columns";
import { users } from "./users";

export const projects = pgTable("projects", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  /** Markdown, rendered without raw HTML. */
  guidelines: text("guidelines").notNull().default(""),
  settings: jsonb("settings").$type<ProjectSettings>().notNull(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const memberships = pgTable(
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
