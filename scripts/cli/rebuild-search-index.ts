import { asc, gt } from "drizzle-orm";
import type { Engine } from "@/db/client";
import * as sqliteTables from "@/db/engines/sqlite/sqlite-schema";
import * as description from "@/db/postgres-schema";
import { postgresSearchIndex } from "@/lib/server/documents/search-index/postgres-search-index";
import type { SearchIndex } from "@/lib/server/documents/search-index/search-index";
import { sqliteSearchIndex } from "@/lib/server/documents/search-index/sqlite-search-index";

/** The word index of `engine`, which need not be this process's engine. */
function searchIndexOf(engine: Engine): SearchIndex {
  return engine.kind === "sqlite" ? sqliteSearchIndex(engine.connection) : postgresSearchIndex;
}

/**
 * Fills `engine`'s word index (FTS5 on SQLite, tsvectors on PostgreSQL) from its documents, a batch
 * a transaction: the two engines' indexes differ in form, so a copy rebuilds rather than copies it.
 * Expects the index to be empty, as in a database just copied into. Returns the documents indexed.
 */
export async function rebuildSearchIndex(engine: Engine, batchSize: number): Promise<number> {
  const index = searchIndexOf(engine);
  // As in db/schema.ts: SQLite's derived table answers the description's calls.
  const documents = engine.kind === "postgres" ? description.documents : (sqliteTables.documents as unknown as typeof description.documents);
  let afterId = 0;
  let indexed = 0;
  for (;;) {
    const batch = await engine.db
      .select({ id: documents.id, title: documents.title, text: documents.text })
      .from(documents)
      .where(gt(documents.id, afterId))
      .orderBy(asc(documents.id))
      .limit(batchSize);
    if (batch.length === 0) return indexed;
    const entries = batch.map((document) => ({ id: document.id, body: index.toBody(document.title, document.text) }));
    await engine.db.transaction((tx) => index.add(tx, entries));
    indexed += batch.length;
    afterId = batch[batch.length - 1]?.id ?? afterId;
  }
}
