import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { projects } from "./projects";
import { users } from "./users";

/** The audit log: who did what to which row, with the state before and after. */
export const events = pgTable(
  "events",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    at: createdAt(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    /** e.g. `project.create`, `annotation.update`, `document.adjudicate`. */
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: integer("subject_id"),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("events_project_at_idx").on(t.projectId, t.at),
    index("events_subject_idx").on(t.subjectType, t.subjectId),
  ],
);
