/**
 * The PostgreSQL server of a test run: `CLAIMDESK_TEST_POSTGRES_URL` names it (a superuser URL,
 * any database), set by the suite's global set-up (scripts/testing/postgres-cluster.ts).
 */
export const postgresTemplateDatabase = "claimdesk_template";

export function testServerUrl(database: string): string {
  const base = process.env.CLAIMDESK_TEST_POSTGRES_URL;
  if (!base) throw new Error("CLAIMDESK_TEST_POSTGRES_URL is not set: the PostgreSQL suite needs its server");
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
