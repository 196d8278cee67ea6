-- The documents stored before documents.source_site existed, listed once, so that the start-ups
-- that fill in their sites (db/fill-source-sites.ts) find them without reading every document.
CREATE TABLE source_sites_to_fill (document_id integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
INSERT INTO source_sites_to_fill (document_id) SELECT id FROM documents WHERE source_site IS NULL;
