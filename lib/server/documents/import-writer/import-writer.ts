import "server-only";
import { type Db, getEngine } from "@/db/client";
import type { DocumentDraft } from "@/lib/domain/import/document-draft";
import type { SpanView } from "@/lib/server/annotations/span-view";
import { postgresImportWriter } from "./postgres-import-writer";
import { sqliteImportWriter } from "./sqlite-import-writer";

/** Documents of one import request, each text once (the request's own repeats already removed). */
export interface DocumentsToStore {
  projectId: number;
  importedBy: number;
  createdAt: Date;
  documents: readonly { draft: DocumentDraft; contentHash: string; chars: number; fileName: string | null }[];
}

/** What became of a document to store: stored under `id`, or a duplicate of the document `id`. */
export interface StoredDocument {
  id: number;
  duplicate: boolean;
}

/** An annotated document's annotations, every name resolved to the project's ids. */
export interface AnnotationsToStore {
  projectId: number;
  documentId: number;
  set: "preannotation" | "annotator";
  authorId: number;
  /** The importing caller, who assigns the document when the set is an annotator's. */
  assignedBy: number;
  createdAt: Date;
  spans: readonly (Pick<
    SpanView,
    "layer" | "start" | "end" | "quote" | "entityTypeId" | "entityId" | "claimId" | "stance" | "claimantEntityId" | "note"
  > & {
    /** Index into `spans` of the span naming the claimant. */
    claimantMention: number | null;
  })[];
  /** `from` and `to` index into `spans`. */
  relations: readonly { relationTypeId: number; from: number; to: number }[];
  documentLabels: readonly { claimId: number; stance: string }[];
}

/**
 * The bulk writes of an import, inside the caller's transaction: prepared better-sqlite3
 * statements on SQLite (drizzle's per-call mapping cost as much as the inserts themselves),
 * multi-row inserts on PostgreSQL (one round trip per batch rather than per row).
 */
export interface ImportWriter {
  /**
   * Stores the documents with their sources. A text already in the project, even one that a
   * concurrent import has just stored, comes back as a duplicate of that document: the unique
   * (project, content hash) index decides.
   */
  storeDocuments(tx: Db, toStore: DocumentsToStore): Promise<StoredDocument[]>;
  /**
   * Stores documents' spans, relations, document labels and (for an annotator's set) their
   * assignments; counts what it stored, per document.
   */
  storeAnnotations(tx: Db, toStore: readonly AnnotationsToStore[]): Promise<{ spans: number; documentLabels: number }[]>;
}

/** The import writer of the engine this process runs on. */
export function importWriter(): ImportWriter {
  const engine = getEngine();
  return engine.kind === "sqlite" ? sqliteImportWriter(engine.connection) : postgresImportWriter;
}
