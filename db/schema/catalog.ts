import { index, integer, json, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";
import { claimStatuses } from "./enums";
import { createdAt, updatedAt } from "./columns";
import { entityTypes } from "./label-schema";
import { projects } from "./projects";
import { users } from "./users";

/** Canonical claims of a project, the targets that claim spans link to. */
export const claims = pgTable(
  "claims",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    statement: text("statement").notNull(),
    description: text("description").notNull().default(""),
    /** The statement in other languages, one per language. */
    translations: json("translations").$type<ClaimTranslation[]>().notNull().default([]),
    status: text("status", { enum: claimStatuses }).notNull().default("approved"),
    proposedBy: integer("proposed_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("claims_project_idx").on(t.projectId)],
);

/** The project's small knowledge base of people, organisations, places, … */
export const catalogEntities = pgTable(
  "catalog_entities",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    entityTypeId: integer("entity_type_id").references(() => entityTypes.id, {
      onDelete: "set null",
    }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** e.g. a Wikidata QID such as Q232. */
    externalId: text("external_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("catalog_entities_project_idx").on(t.projectId)],
);

/** Names an entity goes by, in any language ("Tokayev", "Tokajew", "托卡耶夫"). */
export const entityAliases = pgTable(
  "entity_aliases",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    entityId: integer("entity_id")
      .notNull()
      .references(() => catalogEntities.id, { onDelete: "cascade" }),
    /** Denormalised so that alias look-ups stay within one project. */
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    language: text("language"),
  },
  (t) => [
    uniqueIndex("entity_aliases_entity_alias_idx").on(t.entityId, t.alias),
    index("entity_aliases_project_idx").on(t.projectId),
  ],
);
