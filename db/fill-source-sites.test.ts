import { inArray } from "drizzle-orm";
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

it("works out the sites of documents stored before sites were, when the database is next started", async () => {
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
  expect(stored.at(-1)).toEqual({ sourceUrl: urls[0], site: "spiegel.de" });
});
