import "server-only";
import type { SQL } from "drizzle-orm";
import { type Db, getEngine } from "@/db/client";
import type { DocumentListRow } from "../document-view";
import { postgresSearchIndex } from "./postgres-search-index";
import { sqliteSearchIndex } from "./sqlite-search-index";

/** A stored document's entry: its id and the body `toBody` made of its title and text. */
export interface SearchEntry {
  id: number;
  body: string;
}

/**
 * The word index over document titles and texts: FTS5 on SQLite, a tsvector with a GIN index on
 * PostgreSQL. Both find the same documents for the same `q` (lib/domain/text/searchable-text.ts):
 * every term of `q` as a word prefix, runs of Chinese or Japanese characters anywhere as phrases,
 * case and diacritics folded.
 */
export interface SearchIndex {
  /** What the index stores for a document; made before the write transaction, which it would only lengthen. */
  toBody(title: string, text: string): string;
  /** Indexes documents just stored, in the caller's transaction. */
  add(db: Db, entries: readonly SearchEntry[]): Promise<void>;
  /** The engine's form of `q`; null when `q` has nothing to search for. */
  toQuery(q: string): string | null;
  /** List rows of matching documents after `afterId` that meet `where`, in id order, at most `limit`. */
  listMatching(db: Db, options: { query: string; afterId: number; where: SQL[]; limit: number }): Promise<DocumentListRow[]>;
}

/** The word index of the engine this process runs on. */
export function searchIndex(): SearchIndex {
  const engine = getEngine();
  return engine.kind === "sqlite" ? sqliteSearchIndex(engine.connection) : postgresSearchIndex;
}
