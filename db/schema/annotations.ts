import { type AnyPgColumn, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { annotationLayers, annotationOrigins, annotationSets } from "./enums";
import { catalogEntities, claims } from "./catalog";
import { createdAt, timestampOptions, updatedAt } from "./columns";
import { documents } from "./documents";
import { entityTypes, relationTypes } from "./label-schema";
import { projects } from "./projects";
import { users } from "./users";

const documentId = () =>
  integer("document_id")
    .notNull()
    .references(() => documents.id, { onDelete: "cascade" });
const projectId = () =>
  integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" });
const authorId = () =>
  integer("author_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/**
 * One row per span. Offsets are Unicode code points, half-open [start, end),
 * and `quote` always equals the document text between them.
 */
export const annotations = pgTable(
  "annotations",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    documentId: documentId(),
    authorId: authorId(),
    set: text("set", { enum: annotationSets }).notNull(),
    layer: text("layer", { enum: annotationLayers }).notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    quote: text("quote").notNull(),
    // Entity layer.
    entityTypeId: integer("entity_type_id").references(() => entityTypes.id, {
      onDelete: "restrict",
    }),
    entityId: integer("entity_id").references(() => catalogEntities.id, { onDelete: "set null" }),
    // Claim layer.
    claimId: integer("claim_id").references(() => claims.id, { onDelete: "restrict" }),
    /** A stance label key of the project (favor, against, neutral, unclear, …). */
    stance: text("stance"),
    claimantEntityId: integer("claimant_entity_id").references(() => catalogEntities.id, {
      onDelete: "set null",
    }),
    claimantMentionId: integer("claimant_mention_id").references(
      (): AnyPgColumn => annotations.id,
      { onDelete: "set null" },
    ),
    note: text("note").notNull().default(""),
    origin: text("origin", { enum: annotationOrigins }).notNull().default("manual"),
    /** Gold rows: ids of the annotator spans they were adjudicated from. */
    sourceAnnotationIds: jsonb("source_annotation_ids").$type<number[]>(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", timestampOptions),
  },
  (t) => [
    index("annotations_document_set_author_idx").on(t.documentId, t.set, t.authorId),
    // A project's annotations by document. The further columns make the agreement pass read this
    // index alone, never the wider table rows (quotes, notes), and hand each document's spans over
    // grouped by layer, label and author, in position order.
    index("annotations_project_document_idx").on(
      t.projectId,
      t.documentId,
      t.layer,
      t.claimId,
      t.entityTypeId,
      t.authorId,
      t.start,
      t.end,
      t.stance,
      t.set,
      t.deletedAt,
    ),
    index("annotations_claim_idx").on(t.claimId),
    // The Insights views' claim spans of a project, read from this index alone: the network counts
    // them in its order (claimant, claim, stance) without sorting; the other columns are the
    // views' filters (set, submitted by author, deleted) and the stance view's document.
    index("annotations_insights_idx").on(
      t.projectId,
      t.layer,
      t.claimantEntityId,
      t.claimId,
      t.stance,
      t.documentId,
      t.authorId,
      t.set,
      t.deletedAt,
      t.claimantMentionId,
    ),
  ],
);

export const relations = pgTable(
  "relations",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    documentId: documentId(),
    authorId: authorId(),
    set: text("set", { enum: annotationSets }).notNull(),
    relationTypeId: integer("relation_type_id")
      .notNull()
      .references(() => relationTypes.id, { onDelete: "restrict" }),
    fromId: integer("from_id")
      .notNull()
      .references(() => annotations.id, { onDelete: "cascade" }),
    toId: integer("to_id")
      .notNull()
      .references(() => annotations.id, { onDelete: "cascade" }),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", timestampOptions),
  },
  (t) => [index("relations_document_set_author_idx").on(t.documentId, t.set, t.authorId)],
);

/** A document's overall stance toward one catalog claim, per annotator (or gold). */
export const documentLabels = pgTable(
  "document_labels",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    documentId: documentId(),
    authorId: authorId(),
    set: text("set", { enum: annotationSets }).notNull(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    stance: text("stance").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("document_labels_unique_idx").on(t.documentId, t.set, t.authorId, t.claimId),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: projectId(),
    documentId: documentId(),
    annotationId: integer("annotation_id").references(() => annotations.id, {
      onDelete: "cascade",
    }),
    authorId: authorId(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("comments_document_idx").on(t.documentId)],
);
