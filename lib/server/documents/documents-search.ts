import "server-only";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The FTS5 word index over document titles and texts, created by the migration
 * `0001_documents_search` and filled by the import service. Declared here for queries only:
 * drizzle-kit cannot create virtual tables, so it stays out of `db/schema`.
 */
export const documentsSearch = sqliteTable("documents_search", {
  rowid: integer("rowid").notNull(),
  body: text("body").notNull(),
});
