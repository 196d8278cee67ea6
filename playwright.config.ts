import { existsSync } from "node:fs";
import { defineConfig, devices, type ReporterDescription } from "@playwright/test";
import { postgresServerA, postgresServersReady } from "./e2e/support/postgres-servers";
import { planTestPostgres, postgresSkipNotice } from "./scripts/testing/postgres-cluster";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium where it is installed (no browser download needed); elsewhere Playwright's own.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// The "postgres" project runs every journey again on two servers sharing one PostgreSQL database
// (CLAIMDESK_TEST_POSTGRES_URL's server, or a throwaway cluster), plus the two-server spec.
const postgres = planTestPostgres();
const twoServerSpec = /two-servers\.spec\.ts$/;
const browser = { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } };

const reporters: ReporterDescription[] = process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]];
if (postgres.kind === "unavailable") {
  reporters.push(["./e2e/support/notice-reporter.ts", { notice: postgresSkipNotice(postgres.reason) }]);
}

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: reporters,
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // SwiftShader gives WebGL without a GPU, for the Insights network.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--enable-unsafe-swiftshader"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: twoServerSpec, use: browser },
    ...(postgres.kind === "unavailable" ? [] : [{ name: "postgres", use: { ...browser, baseURL: postgresServerA } }]),
  ],
  webServer: [
    {
      // A fresh database for every run, seeded with the demo workspace.
      command: "node scripts/e2e-reset.mjs && npm run build && npm run serve",
      url: `${baseURL}/signin`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        DATABASE_URL: "./data/e2e/claimdesk.db",
        CLAIMDESK_LOCAL_SECRET: "1",
        CLAIMDESK_DEMO: "1",
        CLAIMDESK_MAX_UPLOAD_MB: "2",
      },
    },
    // Started after the one above, whose build both servers run.
    ...(postgres.kind === "unavailable"
      ? []
      : [
          {
            command: "node --import tsx scripts/testing/e2e-postgres-servers.ts",
            wait: { stdout: new RegExp(postgresServersReady) },
            timeout: 300_000,
            stdout: "pipe" as const,
            // SIGTERM lets the script stop both servers and remove its database or cluster.
            gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 },
          },
        ]),
  ],
});
