/**
 * Global set-up of Vitest's "postgres" project: a PostgreSQL server with the migrated template
 * database, for the project's test files (lib/server/testing/use-postgres-test-server.ts) to copy.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { testDatabasePrefix } from "@/lib/server/testing/postgres-test-server";
import { planTestPostgres, startTestPostgres } from "./postgres-cluster";
import { dropDatabases, prepareTemplateDatabase } from "./postgres-test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
    postgresRun: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const plan = planTestPostgres();
  // vitest.config.ts leaves the project out in that case.
  if (plan.kind === "unavailable") throw new Error(plan.reason);
  const server = await startTestPostgres(plan);
  try {
    await prepareTemplateDatabase(server.url);
  } catch (error) {
    server.stop();
    throw error;
  }
  const run = randomBytes(4).toString("hex");
  project.provide("postgresServerUrl", server.url);
  project.provide("postgresRun", run);
  return async () => {
    // A cluster of its own goes as a whole; on a shared server only this run's databases go.
    if (plan.kind === "server") await dropDatabases(server.url, testDatabasePrefix(run));
    server.stop();
  };
}
