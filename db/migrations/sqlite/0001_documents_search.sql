-- Full-text search over document titles and texts. Contentless: the import service writes
-- each document's searchable form (Chinese and Japanese pre-split into words, see
-- lib/domain/text/searchable-text.ts); word tokens with prefix queries keep imports fast
-- and find inflected forms ("Kazachstan" finds "Kazachstanu").
CREATE VIRTUAL TABLE `documents_search` USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
