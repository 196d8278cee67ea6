import path from "node:path";
import type { Reporter } from "vitest/node";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { planTestPostgres, postgresSkipNotice } from "./scripts/testing/postgres-cluster.js";
import { planSmallDisk, smallDiskSkipNotice } from "./scripts/testing/small-disk.js";

// The tests that touch a database run on SQLite and again on PostgreSQL, when there is a server:
// CLAIMDESK_TEST_POSTGRES_URL, or else a throwaway cluster that the project's global set-up makes.
const postgres = planTestPostgres();
// The tests that fill a real disk (small-disk.*.test.ts) need to mount a tmpfs.
const smallDisk = planSmallDisk();
const skipped = [
  ...(postgres.kind === "unavailable" ? [postgresSkipNotice(postgres.reason)] : []),
  ...(smallDisk.kind === "unavailable" ? [smallDiskSkipNotice(smallDisk.reason)] : []),
];
const machineExcludes = smallDisk.kind === "unavailable" ? ["**/small-disk.*.test.ts"] : [];
const databaseTests = ["lib/server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/route.test.ts"];

// Plain lines at the end of the run, where a reader of the results looks.
const linesAtEnd = (lines: string[]): Reporter => ({ onTestRunEnd: () => console.log(`\n${lines.join("\n")}\n`) });

const postgresProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: "postgres",
    include: databaseTests,
    // Tests of what only SQLite has (its query plans, file backups) are named *.sqlite.test.ts.
    exclude: ["**/node_modules/**", "**/*.sqlite.test.ts", ...machineExcludes],
    globalSetup: ["scripts/testing/vitest-postgres-setup.ts"],
    setupFiles: ["lib/server/testing/use-postgres-test-server.ts"],
  },
};

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Services import "server-only"; under Vitest they run as plain server code.
      "server-only": path.resolve(import.meta.dirname, "lib/server/testing/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    reporters: skipped.length > 0 ? ["default", linesAtEnd(skipped)] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          // Pure tests (lib/domain, components' chart specs) run here only; they touch no database.
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
          // Tests that need a PostgreSQL server are named *.postgres.test.ts.
          exclude: ["**/node_modules/**", "**/*.postgres.test.ts", ...machineExcludes],
          // SQLite even when the shell names a PostgreSQL database (each test file makes its own).
          env: { DATABASE_URL: "./data/claimdesk.db" },
        },
      },
      ...(postgres.kind === "unavailable" ? [] : [postgresProject]),
    ],
  },
});
