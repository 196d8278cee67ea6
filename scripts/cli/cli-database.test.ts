import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Runs the command line as `npm run claimdesk` does, against `databaseUrl`. */
function claimdesk(databaseUrl: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/claimdesk.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Nothing listens on port 1; these commands must fail before or at their first connection.
const unreachable = "postgres://claimdesk:secret@127.0.0.1:1/claimdesk";

// Each case starts the command line in a process of its own, which takes seconds on a busy machine.
describe("the command line on PostgreSQL", { timeout: 60_000 }, () => {
  it("points backup and restore to pg_dump and pg_restore, in one line", () => {
    const backup = claimdesk(unreachable, "backup", "--out", "claimdesk.db");
    expect(backup.status).toBe(1);
    expect(backup.stderr.trim()).toMatch(/^backup works on SQLite databases only; for PostgreSQL use pg_dump \(.*\)$/);
    const restore = claimdesk(unreachable, "restore", "--from", "claimdesk.db");
    expect(restore.status).toBe(1);
    expect(restore.stderr.trim()).toMatch(/^restore works on SQLite databases only; for PostgreSQL use pg_restore \(.*\)$/);
  });

  it("stops with one line naming a server it cannot reach, never the password", () => {
    const run = claimdesk(unreachable, "user:create", "--email", "a@example.org", "--password", "long-enough-password");
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe("Cannot reach PostgreSQL at 127.0.0.1:1: connection refused");
  });
});
