import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import type { StoredRecommenderModel } from "@/lib/domain/recommenders/stored-recommender-model";
import { recommenderKeys, suggestionDecisionKinds } from "@/lib/domain/recommenders/recommender-keys";
import { annotationLayers } from "./enums";
import { annotations } from "./annotations";
import { createdAt, updatedAt } from "./columns";
import { documents } from "./documents";
import { projects } from "./projects";
import { users } from "./users";

const projectId = () =>
  integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" });

/** Which recommenders a project switched on, per layer (a missing row: off). */
export const recommenderSettings = pgTable(
  "recommender_settings",
  {
    projectId: projectId(),
    recommender: text("recommender", { enum: recommenderKeys }).notNull(),
    layer: text("layer", { enum: annotationLayers }).notNull(),
    enabled: boolean("enabled").notNull(),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.recommender, t.layer] })],
);

/**
 * What a recommender learnt from a project's submitted and gold work, rebuilt in the background
 * after each submission; suggestions for a document are read from it when the workspace asks.
 * `version` grows with each rebuild, so that servers know when their copy is stale.
 */
export const recommenderModels = pgTable(
  "recommender_models",
  {
    projectId: projectId(),
    recommender: text("recommender", { enum: recommenderKeys }).notNull(),
    layer: text("layer", { enum: annotationLayers }).notNull(),
    version: integer("version").notNull().default(1),
    model: jsonb("model").$type<StoredRecommenderModel>().notNull(),
    builtAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.recommender, t.layer] })],
);


/** Each suggestion a person accepted or rejected: which recommender offered it, its score, who, when. */
export const suggestionDecisions = pgTable(
  "suggestion_decisions",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    recommender: text("recommender", { enum: recommenderKeys }).notNull(),
    layer: text("layer", { enum: annotationLayers }).notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    quote: text("quote").notNull(),
    /** The suggested label: an entity type's key, a claim's id, a stance. */
    label: text("label").notNull(),
    /** The suggestion's score in thousandths (0–1000). */
    scorePermille: integer("score_permille").notNull(),
    decision: text("decision", { enum: suggestionDecisionKinds }).notNull(),
    /** The span accepting it created. */
    annotationId: integer("annotation_id").references(() => annotations.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("suggestion_decisions_project_idx").on(t.projectId, t.recommender, t.decision),
    // An export of set `all` reads each document's decisions in id order.
    index("suggestion_decisions_document_idx").on(t.documentId, t.id),
  ],
);

/**
 * How unsure the recommenders are about a document, computed when their models are rebuilt in
 * projects that queue by uncertainty, so that Next document orders by it without reading texts.
 */
export const documentUncertainty = pgTable(
  "document_uncertainty",
  {
    documentId: integer("document_id")
      .primaryKey()
      .references(() => documents.id, { onDelete: "cascade" }),
    projectId: projectId(),
    /** 0 (sure) to 1000 (nothing known, or recommenders disagree everywhere). */
    uncertaintyPermille: integer("uncertainty_permille").notNull(),
    computedAt: updatedAt(),
  },
  (t) => [index("document_uncertainty_project_idx").on(t.projectId, t.uncertaintyPermille)],
);
