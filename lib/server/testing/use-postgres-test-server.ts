/**
 * Set-up file of Vitest's "postgres" project, run before each test file is loaded: points the file
 * at the run's PostgreSQL server, so that db/schema.ts picks PostgreSQL's tables and
 * `useTestDatabase()` copies the migrated template there.
 */
import { inject } from "vitest";
import { databaseUrl } from "./postgres-test-server";

const serverUrl = inject("postgresServerUrl");
process.env.CLAIMDESK_TEST_POSTGRES_URL = serverUrl;
process.env.CLAIMDESK_TEST_POSTGRES_RUN = inject("postgresRun");
// Selects the engine only; each test file gets a database of its own.
process.env.DATABASE_URL = databaseUrl(serverUrl, "postgres");
