import { boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { projects } from "./projects";

const projectId = () =>
  integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" });

export const entityTypes = pgTable(
  "entity_types",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    color: text("color").notNull(),
    hotkey: text("hotkey"),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("entity_types_project_key_idx").on(t.projectId, t.key)],
);

export const stanceLabels = pgTable(
  "stance_labels",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    color: text("color").notNull(),
    hotkey: text("hotkey"),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("stance_labels_project_key_idx").on(t.projectId, t.key)],
);

export const relationTypes = pgTable(
  "relation_types",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    directed: boolean("directed").notNull().default(true),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    uniqueIndex("relation_types_project_key_idx").on(t.projectId, t.key),
    index("relation_types_project_idx").on(t.projectId),
  ],
);
