import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { customType, integer, pgTable } from "drizzle-orm/pg-core";
import { documents } from "@/db/schema";
import { toSearchQuery, toSearchVector } from "@/lib/domain/text/searchable-text";
import { documentListColumns } from "../document-view";
import type { SearchIndex } from "./search-index";

/** A tsvector, written as its literal; never read back. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// Created by the custom migration `0001_documents_search`; declared here for queries only, so that
// the schema description (and SQLite's tables derived from it) knows nothing of it.
const documentsSearch = pgTable("documents_search", {
  documentId: integer("document_id").primaryKey(),
  body: tsvector("body").notNull(),
});

// Vectors of a batch of documents travel in one statement.
const batchSize = 200;

export const postgresSearchIndex: SearchIndex = {
  toBody: toSearchVector,
  async add(db, entries) {
    for (let start = 0; start < entries.length; start += batchSize) {
      const batch = entries.slice(start, start + batchSize);
      await db.insert(documentsSearch).values(batch.map((entry) => ({ documentId: entry.id, body: entry.body })));
    }
  },
  toQuery: toSearchQuery,
  listMatching: (db, { query, afterId, where, limit }) =>
    db
      .select(documentListColumns)
      .from(documents)
      .innerJoin(documentsSearch, eq(documentsSearch.documentId, documents.id))
      .where(and(sql`${documentsSearch.body} @@ ${query}::tsquery`, gt(documents.id, afterId), ...where))
      .orderBy(asc(documents.id))
      .limit(limit),
};
