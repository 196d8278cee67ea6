import { index, integer, json, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { assignmentStatuses, reviewStatuses, sourceFormats } from "./enums";
import { createdAt, timestampOptions, updatedAt } from "./columns";
import { projects } from "./projects";
import { users } from "./users";

export const documents = pgTable(
  "documents",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Fixed at import: NFC, `\n` line endings, no BOM. Offsets point into it. */
    text: text("text").notNull(),
    /** Length of `text` in Unicode code points. */
    chars: integer("chars").notNull(),
    /** BCP-47 tag, e.g. `zh`, `de`, `pl`; `und` when unknown. */
    language: text("language").notNull(),
    /** ISO 8601, possibly partial: `2022`, `2022-10`, `2022-10-05`. */
    publishedAt: text("published_at"),
    sourceUrl: text("source_url"),
    /**
     * The site the Insights count the document under, "(no source)" included: sourceSiteOf(sourceUrl),
     * worked out when the document is stored. Null only in a database upgraded in place, until the
     * next start-up fills it in (db/fill-source-sites.ts).
     */
    sourceSite: text("source_site"),
    externalId: text("external_id"),
    /**
     * As imported, keys in the order given: `json` keeps the text as written, where `jsonb` would
     * reorder the keys and exports would differ from SQLite's.
     */
    metadata: json("metadata").$type<Record<string, unknown>>().notNull(),
    /** SHA-256 of `text`; a project holds each text once. */
    contentHash: text("content_hash").notNull(),
    importedBy: integer("imported_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("documents_project_hash_idx").on(t.projectId, t.contentHash),
    index("documents_project_id_idx").on(t.projectId, t.id),
    index("documents_project_language_idx").on(t.projectId, t.language, t.id),
  ],
);

/** The original input a document was made from, kept for provenance. */
export const documentSources = pgTable("document_sources", {
  documentId: integer("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  format: text("format", { enum: sourceFormats }).notNull(),
  fileName: text("file_name"),
  /** The input as received; null when it is exactly the stored `text`, which is then the source. */
  raw: text("raw"),
});

export const assignments = pgTable(
  "assignments",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: assignmentStatuses }).notNull().default("assigned"),
    assignedBy: integer("assigned_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamp("submitted_at", timestampOptions),
  },
  (t) => [
    uniqueIndex("assignments_document_user_idx").on(t.documentId, t.userId),
    index("assignments_user_status_idx").on(t.userId, t.status),
  ],
);

/** A document's adjudication state; the gold spans themselves are annotations in the gold set. */
export const documentReviews = pgTable("document_reviews", {
  documentId: integer("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  status: text("status", { enum: reviewStatuses }).notNull().default("in_review"),
  reviewerId: integer("reviewer_id").references(() => users.id, { onDelete: "set null" }),
  notes: text("notes").notNull().default(""),
  updatedAt: updatedAt(),
});
