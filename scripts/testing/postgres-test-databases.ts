/** The databases a test run makes on its PostgreSQL server: the migrated template, and each test file's copy. */
import pg from "pg";
import { migratePostgres, openPostgres } from "@/db/engines/postgres/open-postgres";
import { databaseUrl, postgresTemplateDatabase } from "@/lib/server/testing/postgres-test-server";

/** Creates the template database when the server lacks it, and applies its pending migrations. */
export async function prepareTemplateDatabase(serverUrl: string): Promise<void> {
  await createDatabase(serverUrl, postgresTemplateDatabase);
  const template = openPostgres(databaseUrl(serverUrl, postgresTemplateDatabase), { poolSize: 1 });
  try {
    await migratePostgres(template);
  } finally {
    await template.close();
  }
}

/** Creates `name`, unless it exists already (another run may have made it a moment ago). */
export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    try {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    } catch (error) {
      const duplicateDatabase = "42P04";
      if (!(error instanceof pg.DatabaseError && error.code === duplicateDatabase)) throw error;
    }
  });
}

/** Drops every database whose name starts with `prefix`, even with clients still connected. */
export async function dropDatabases(serverUrl: string, prefix: string): Promise<void> {
  await withAdmin(serverUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  });
}

async function withAdmin(serverUrl: string, work: (admin: pg.Client) => Promise<void>): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
