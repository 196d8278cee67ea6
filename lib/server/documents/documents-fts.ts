import "server-only";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The FTS5 trigram index over document titles and texts, created by the migration
 * `0001_documents_search` and kept in step by triggers. Declared here for queries only:
 * drizzle-kit cannot create virtual tables, so it stays out of `db/schema`.
 */
export const documentsFts = sqliteTable("documents_fts", {
  rowid: integer("rowid").notNull(),
  title: text("title").notNull(),
  text: text("text").notNull(),
});
