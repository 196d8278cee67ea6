import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { beforeAll } from "vitest";
import { openEngine } from "@/db/client";
import * as sqliteTables from "@/db/engines/sqlite/sqlite-schema";
import type * as description from "@/db/postgres-schema";
import type { CopyReport } from "./copy-instance";

// As in db/schema.ts: SQLite's derived tables answer the description's calls.
export const sqlite = sqliteTables as unknown as typeof description;

/**
 * The first document's metadata: keys neither alphabetical nor by length, nested, which exports
 * must list as stored on either engine.
 */
export const copiedMetadataJson = '{"zeta":1,"alpha":{"yankee":[{"zz":"last","a":"first"}],"bee":null},"mid":"m"}';

/** A demo instance made as a new install makes it (db-setup), plus rows that test the copy's edges. */
async function seedInstance(file: string): Promise<void> {
  const setup = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], {
    env: { ...process.env, DATABASE_URL: file, CLAIMDESK_DEMO: "1" },
    encoding: "utf8",
  });
  if (setup.status !== 0) throw new Error(`db-setup failed: ${setup.stderr}`);
  const engine = openEngine(file);
  try {
    const db = engine.db;
    const [project] = await db.select().from(sqlite.projects).limit(1);
    const [document] = await db.select().from(sqlite.documents).orderBy(asc(sqlite.documents.id)).limit(1);
    const [admin] = await db.select().from(sqlite.users).where(eq(sqlite.users.isAdmin, true)).limit(1);
    if (!project || !document || !admin) throw new Error("the demo seed is missing");
    await db.update(sqlite.users).set({ disabledAt: new Date(1_700_000_000_123) }).where(eq(sqlite.users.email, "bob@example.com"));
    await db.update(sqlite.documents).set({ metadata: JSON.parse(copiedMetadataJson) as Record<string, unknown> }).where(eq(sqlite.documents.id, document.id));
    const span = { projectId: project.id, documentId: document.id, authorId: admin.id, set: "annotator" as const, start: 0, end: 1 };
    const quote = Array.from(document.text)[0] ?? "";
    // The claim names as its claimant a mention stored after it: a link to a greater id.
    const [claim] = await db.insert(sqlite.annotations).values({ ...span, layer: "claim", quote, stance: "favor" }).returning();
    const [mention] = await db.insert(sqlite.annotations).values({ ...span, layer: "entity", quote, note: "zażółć 托卡耶夫 😀" }).returning();
    if (!claim || !mention) throw new Error("the spans were not stored");
    await db.update(sqlite.annotations).set({ claimantMentionId: mention.id }).where(eq(sqlite.annotations.id, claim.id));
    await db.insert(sqlite.annotations).values({
      ...span,
      set: "gold",
      layer: "entity",
      quote,
      origin: "adjudication",
      sourceAnnotationIds: [mention.id, claim.id],
      deletedAt: new Date(1_700_000_000_999),
    });
    await db.insert(sqlite.events).values({
      actorId: admin.id,
      projectId: project.id,
      action: "copy.test",
      subjectType: "annotation",
      subjectId: claim.id,
      // Keys out of order and nested: PostgreSQL's jsonb stores them in an order of its own.
      before: { zeta: 1, alpha: { y: [true, null, 1.5], b: "ü" }, "10": "ten", "2": "two" },
      after: null,
    });
    await db.insert(sqlite.loginFailures).values({ key: "ip:127.0.0.1" });
  } finally {
    await engine.close();
  }
}

export const checksums = (report: CopyReport) => Object.fromEntries(report.tables.map((t) => [t.table, t.target]));

/** A folder of the test's own and a seeded SQLite instance in it, made before the file's tests. */
export function useSeededInstance(): { dir: () => string; seeded: () => string } {
  let dir = "";
  let seeded = "";
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "claimdesk-copy-"));
    seeded = path.join(dir, "seeded.db");
    await seedInstance(seeded);
  }, 120_000);
  return { dir: () => dir, seeded: () => seeded };
}
