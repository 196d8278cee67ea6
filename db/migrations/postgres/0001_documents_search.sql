-- Full-text search over document titles and texts, PostgreSQL's counterpart of SQLite's FTS5
-- table. The import service writes each document's vector, made in
-- lib/domain/text/searchable-text.ts (folded words, Chinese and Japanese as pairs of characters),
-- so that both engines find the same documents for the same query.
CREATE TABLE "documents_search" (
	"document_id" integer PRIMARY KEY NOT NULL REFERENCES "documents"("id") ON DELETE CASCADE,
	"body" tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX "documents_search_body_idx" ON "documents_search" USING gin ("body");
