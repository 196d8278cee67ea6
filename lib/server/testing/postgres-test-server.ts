/**
 * The PostgreSQL server of a test run: `CLAIMDESK_TEST_POSTGRES_URL` names it (a superuser URL,
 * any database), set by the suite's global set-up (scripts/testing/postgres-cluster.ts).
 */
export const postgresTemplateDatabase = "claimdesk_template";

/** Names the test databases of one run (`CLAIMDESK_TEST_POSTGRES_RUN`), so that its set-up can drop them at the end. */
export function testDatabasePrefix(run: string): string {
  return `claimdesk_test_${run}_`;
}

export function testServerUrl(database: string): string {
  const base = process.env.CLAIMDESK_TEST_POSTGRES_URL;
  if (!base) throw new Error("CLAIMDESK_TEST_POSTGRES_URL is not set: the PostgreSQL suite needs its server");
  return databaseUrl(base, database);
}

/** The URL of `database` on the server that `serverUrl` names. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
