import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { modelServerStatuses } from "@/lib/domain/model-server/model-server-status";
import { annotations } from "./annotations";
import { createdAt, timestampOptions, updatedAt } from "./columns";
import { documents } from "./documents";
import { projects } from "./projects";
import { users } from "./users";

/**
 * A project's external model server (Label Studio's ML backend protocol) and what its last call
 * showed. `url` may carry basic credentials: it is never shown or logged as stored.
 */
export const modelServers = pgTable("model_servers", {
  projectId: integer("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  url: text("url").notNull(),
  timeoutMs: integer("timeout_ms").notNull(),
  status: text("status", { enum: modelServerStatuses }).notNull().default("unchecked"),
  /** The last failure's message and time; kept when a later call succeeds. */
  lastError: text("last_error"),
  lastErrorAt: timestamp("last_error_at", timestampOptions),
  checkedAt: timestamp("checked_at", timestampOptions),
  latencyMs: integer("latency_ms"),
  modelVersion: text("model_version"),
  modelClass: text("model_class"),
  /** Attempts beyond the first that the last call needed (5xx and network errors are retried). */
  retries: integer("retries").notNull().default(0),
  /** The manager who set the URL; predictions are stored under their name. */
  configuredBy: integer("configured_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A document's last prediction run: once there is one, opening the document asks no more. */
export const documentPredictions = pgTable("document_predictions", {
  documentId: integer("document_id")
    .primaryKey()
    .references(() => documents.id, { onDelete: "cascade" }),
  projectId: integer("project_id")
    .notNull()
    .references(() => projects.id, { onDelete: "cascade" }),
  modelVersion: text("model_version").notNull(),
  spans: integer("spans").notNull(),
  /** Regions the model returned that did not fit the text or the schema, never stored. */
  dropped: integer("dropped").notNull(),
  predictedAt: timestamp("predicted_at", timestampOptions).notNull(),
});

/** The pre-annotations (set `preannotation`, origin `prediction`) a model server made, with its version and score. */
export const annotationPredictions = pgTable(
  "annotation_predictions",
  {
    annotationId: integer("annotation_id")
      .primaryKey()
      .references(() => annotations.id, { onDelete: "cascade" }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    modelVersion: text("model_version").notNull(),
    /** The prediction's score, a number; the schema has no floating-point column on both engines. */
    score: jsonb("score").$type<number | null>(),
  },
  (t) => [index("annotation_predictions_document_idx").on(t.documentId)],
);
