import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabasePrefix, testServerUrl } from "@/lib/server/testing/postgres-test-server";

// Needs the PostgreSQL suite's server (*.postgres.test.ts).
describe("db:setup on a new PostgreSQL database", { timeout: 60_000 }, () => {
  // Named as the run's test databases are, so that the run drops it even if this file cannot.
  const database = `${testDatabasePrefix(process.env.CLAIMDESK_TEST_POSTGRES_RUN ?? "0")}setup_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: testServerUrl("postgres") });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  beforeAll(() => admin(`CREATE DATABASE ${database}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

  it("migrates and seeds the demo workspace, printing no warning (such as pg's on a connection sent two queries at once)", () => {
    const setup = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], {
      env: { ...process.env, DATABASE_URL: testServerUrl(database), CLAIMDESK_DEMO: "1" },
      encoding: "utf8",
    });
    expect(setup.stderr).toBe("");
    expect(setup.status).toBe(0);
    expect(setup.stdout).toContain("Seeded the demo workspace with 25 articles.");
  });
});
