// Runs once when the server starts: a bad environment or a database that cannot be used (a
// PostgreSQL server out of reach, a refused password, a missing database) stops it with one line
// saying why; otherwise the database is opened and migrated before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { env } = await import("@/lib/server/env");
    const { DATABASE_URL } = env();
    const { getEngine, migrateEngine } = await import("@/db/client");
    const { describingConnectionErrors } = await import("@/db/engines/postgres/describe-connection-error");
    await describingConnectionErrors(DATABASE_URL, () => migrateEngine(getEngine()));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
