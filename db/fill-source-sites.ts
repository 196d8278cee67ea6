import type Database from "better-sqlite3";
import type pg from "pg";
import { sourceSiteOf } from "../lib/domain/insights/source-site";

// Documents stored before `documents.source_site` existed get it at the first start-up after the
// migration that added it, which listed them in `source_sites_to_fill`: the column takes the site
// as the Insights name it (sourceSiteOf, a URL parser's host), which no SQL expression of either
// engine spells alike. Once the list is empty, a start-up looks at it and nothing more.

const batchSize = 1000;

interface Unfilled {
  id: number;
  sourceUrl: string | null;
}

/** SQLite: in one transaction, on the connection that migrated; no write once the list is empty. */
export function fillSourceSitesSqlite(sqlite: Database.Database): void {
  // Documents deleted since the migration keep their entries, with no URL to read: they go too.
  const listed = sqlite
    .prepare(
      `SELECT f.document_id AS id, d.source_url AS sourceUrl
         FROM source_sites_to_fill f LEFT JOIN documents d ON d.id = f.document_id`,
    )
    .all() as Unfilled[];
  if (listed.length === 0) return;
  const update = sqlite.prepare<[string, number]>("UPDATE documents SET source_site = ? WHERE id = ?");
  sqlite.transaction(() => {
    for (const { id, sourceUrl } of listed) update.run(sourceSiteOf(sourceUrl), id);
    sqlite.prepare("DELETE FROM source_sites_to_fill").run();
  })();
}

/** PostgreSQL: a batch per transaction, on the client that holds the migration lock. */
export async function fillSourceSitesPostgres(client: pg.PoolClient): Promise<void> {
  for (;;) {
    const { rows } = await client.query<Unfilled>(
      `SELECT f.document_id AS id, d.source_url AS "sourceUrl"
         FROM source_sites_to_fill f LEFT JOIN documents d ON d.id = f.document_id
        ORDER BY f.document_id LIMIT ${batchSize}`,
    );
    if (rows.length === 0) return;
    const ids = rows.map((row) => row.id);
    await client.query("BEGIN");
    try {
      await client.query(
        `UPDATE documents SET source_site = filled.site
           FROM unnest($1::integer[], $2::text[]) AS filled(id, site)
          WHERE documents.id = filled.id`,
        [ids, rows.map((row) => sourceSiteOf(row.sourceUrl))],
      );
      await client.query("DELETE FROM source_sites_to_fill WHERE document_id = ANY($1::integer[])", [ids]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  }
}
