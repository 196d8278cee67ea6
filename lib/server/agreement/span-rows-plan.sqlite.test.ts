import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getEngine } from "@/db/client";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { sqliteSpanRowsQuery } from "./sqlite-span-rows";

// Runs in the SQLite suite only (*.sqlite.test.ts): it reads SQLite's query plan.
let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

describe("span rows on SQLite", () => {
  it("are read from the covering index alone, in its order", async () => {
    const engine = getEngine();
    if (engine.kind !== "sqlite") throw new Error("This test reads SQLite's query plan");
    const { sql, params } = sqliteSpanRowsQuery(db, 1).toSQL();
    const plan = await engine.connection.withConnection(
      (sqlite) => sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[],
    );
    expect(plan.map((step) => step.detail)).toEqual(["SEARCH annotations USING COVERING INDEX annotations_project_document_idx (project_id=?)"]);
  });
});
