-- Full-text search over document titles and texts. The trigram tokenizer matches any
-- substring of 3+ characters, so Chinese (no spaces) and inflected words are found too.
-- An external-content table: the text lives once, in `documents`; triggers keep the index in step.
CREATE VIRTUAL TABLE `documents_fts` USING fts5(title, text, content='documents', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `documents_fts_after_insert` AFTER INSERT ON `documents` BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_after_delete` AFTER DELETE ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_after_update` AFTER UPDATE OF title, text ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
