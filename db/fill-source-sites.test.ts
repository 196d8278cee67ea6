import { eq, inArray, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getEngine, migrateEngine, openEngine } from "@/db/client";
import { documents } from "@/db/schema";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";

const db = await useTestDatabase();

/** What a start-up does to the database: SQLite migrates when a connection opens it, PostgreSQL when asked. */
async function startUp(): Promise<void> {
  const engine = getEngine();
  if (engine.kind === "postgres") return migrateEngine(engine);
  await openEngine(process.env.DATABASE_URL ?? "").close();
}

/** Runs a statement of the upgrade's migration again, on the engine of the suite. */
async function runStatement(statement: string): Promise<void> {
  const engine = getEngine();
  if (engine.kind === "sqlite") await engine.connection.withConnection((sqlite) => sqlite.exec(statement));
  else await engine.db.execute(sql.raw(statement));
}

it("works out the sites of the documents stored before sites were, at the next start-up, and forgets them then", async () => {
  const manager = await insertTestUser(db, { isAdmin: true });
  const { id: projectId } = await createProject({ caller: manager, name: "Upgraded" });
  // More than one batch of PostgreSQL's fill, as an upgraded instance has.
  const urls = ["https://www.Spiegel.de/politik/1", null, "not a url", "http://wyborcza.pl:8080/7,75399"];
  const rows = Array.from({ length: 1001 }, (_, k) => ({
    projectId,
    title: `Stored before sites ${k}`,
    text: `Text ${k}`,
    chars: `Text ${k}`.length,
    language: "de",
    sourceUrl: urls[k % urls.length] ?? null,
    metadata: {},
    contentHash: `hash-${k}`,
  }));
  const ids = (await db.insert(documents).values(rows).returning({ id: documents.id })).map((row) => row.id);
  // As the migration that added the column lists them; a document deleted before the start-up too.
  await runStatement("INSERT INTO source_sites_to_fill (document_id) SELECT id FROM documents WHERE source_site IS NULL");
  const deleted = ids.pop() ?? 0;
  await db.delete(documents).where(eq(documents.id, deleted));

  await startUp();

  const stored = await db
    .select({ sourceUrl: documents.sourceUrl, site: documents.sourceSite })
    .from(documents)
    .where(inArray(documents.id, ids))
    .orderBy(documents.id);
  expect(stored.filter((row) => row.site === null)).toEqual([]);
  expect(stored.slice(0, 4)).toEqual([
    { sourceUrl: urls[0], site: "spiegel.de" },
    { sourceUrl: null, site: "(no source)" },
    { sourceUrl: "not a url", site: "(no source)" },
    { sourceUrl: urls[3], site: "wyborcza.pl" },
  ]);
  expect(stored.at(-1)).toEqual({ sourceUrl: urls[3], site: "wyborcza.pl" });
  expect(stored).toHaveLength(1000);
  // The list is done with, the deleted document's entry included: later start-ups read nothing.
  expect(await entriesLeft()).toBe(0);
});

async function entriesLeft(): Promise<number> {
  const engine = getEngine();
  const statement = "SELECT count(*) AS n FROM source_sites_to_fill";
  if (engine.kind === "sqlite") return engine.connection.withConnection((sqlite) => (sqlite.prepare(statement).get() as { n: number }).n);
  return (await engine.connection.pool.query<{ n: number }>(statement)).rows[0]?.n ?? -1;
}
