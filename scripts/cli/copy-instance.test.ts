import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openEngine } from "@/db/client";
import { copyInstance, type CopyReport } from "./copy-instance";
import { sqlite, useSeededInstance } from "./copy-instance-test-fixtures";

// SQLite to SQLite, in every suite; through PostgreSQL in copy-instance.postgres.test.ts.
const instance = useSeededInstance();

describe("db:copy between SQLite files", { timeout: 60_000 }, () => {
  let report: CopyReport;
  const target = () => path.join(instance.dir(), "copy.db");

  it("copies every table with its ids, verified by row counts and checksums", async () => {
    report = await copyInstance({ from: instance.seeded(), to: target(), batchSize: 7 });
    expect(report.verified).toBe(true);
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.target.rows]));
    expect(rows).toMatchObject({ users: 4, documents: 25, annotations: 377, memberships: 4, events: expect.any(Number) as number });
    expect(report.searchIndexed).toBe(25);
    // Parents come first.
    const order = report.tables.map((t) => t.table);
    expect(order.indexOf("projects")).toBeLessThan(order.indexOf("documents"));
    expect(order.indexOf("annotations")).toBeLessThan(order.indexOf("relations"));
  });

  it("keeps the forward link of a claim to its claimant mention, and finds documents in the rebuilt index", async () => {
    const engine = openEngine(target());
    try {
      const claims = await engine.db.select().from(sqlite.annotations).where(eq(sqlite.annotations.layer, "claim"));
      // The fixture's claim (the seed's own spans link backwards, to mentions made before them).
      const claim = claims.find((row) => row.start === 0 && row.end === 1);
      expect(claim?.claimantMentionId).toBeGreaterThan(claim?.id ?? Number.MAX_SAFE_INTEGER);
      if (engine.kind !== "sqlite") throw new Error("the copy is an SQLite file");
      const indexed = await engine.connection.withConnection(
        (connection) => connection.prepare("SELECT count(*) FROM documents_search WHERE documents_search MATCH 'sankcji'").pluck().get() as number,
      );
      expect(indexed).toBeGreaterThan(0);
      // New rows get new ids.
      const [user] = await engine.db.insert(sqlite.users).values({ email: "new@test.example", name: "New", passwordHash: "x" }).returning();
      expect(user?.id).toBe(5);
    } finally {
      await engine.close();
    }
  });

  it("refuses a target that holds any row, and a source that does not exist", async () => {
    await expect(copyInstance({ from: instance.seeded(), to: target() })).rejects.toThrow(/is not empty \(table users has rows\)/);
    await expect(copyInstance({ from: path.join(instance.dir(), "missing.db"), to: path.join(instance.dir(), "other.db") })).rejects.toThrow(/does not exist/);
    await expect(copyInstance({ from: instance.seeded(), to: instance.seeded() })).rejects.toThrow(/another database than the source/);
  });
});
