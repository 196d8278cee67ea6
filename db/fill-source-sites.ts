import type Database from "better-sqlite3";
import type pg from "pg";
import { sourceSiteOf } from "../lib/domain/insights/source-site";

// Documents stored before `documents.source_site` existed get it once, when a start-up migrates
// the database: the column takes the site as the Insights name it (sourceSiteOf, a URL parser's
// host), which no SQL expression of either engine spells alike. Later starts find nothing to do.

const batchSize = 1000;

interface Unfilled {
  id: number;
  sourceUrl: string | null;
}

/** SQLite: in one transaction, on the connection that migrated. */
export function fillSourceSitesSqlite(sqlite: Database.Database): void {
  const unfilled = sqlite.prepare("SELECT id, source_url AS sourceUrl FROM documents WHERE source_site IS NULL").all() as Unfilled[];
  if (unfilled.length === 0) return;
  const update = sqlite.prepare<[string, number]>("UPDATE documents SET source_site = ? WHERE id = ?");
  sqlite.transaction(() => {
    for (const { id, sourceUrl } of unfilled) update.run(sourceSiteOf(sourceUrl), id);
  })();
}

/** PostgreSQL: a batch per statement, on the client that holds the migration lock. */
export async function fillSourceSitesPostgres(client: pg.PoolClient): Promise<void> {
  for (;;) {
    const { rows } = await client.query<Unfilled>(
      `SELECT id, source_url AS "sourceUrl" FROM documents WHERE source_site IS NULL ORDER BY id LIMIT ${batchSize}`,
    );
    if (rows.length === 0) return;
    await client.query(
      `UPDATE documents SET source_site = filled.site
         FROM unnest($1::integer[], $2::text[]) AS filled(id, site)
        WHERE documents.id = filled.id`,
      [rows.map((row) => row.id), rows.map((row) => sourceSiteOf(row.sourceUrl))],
    );
  }
}
