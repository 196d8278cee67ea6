// Runs once when the server starts: a bad environment or a database that cannot be used (a
// PostgreSQL server out of reach, a refused password, a missing database) stops it with one line
// saying why; otherwise the database is migrated before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { env } = await import("@/lib/server/env");
    const { DATABASE_URL } = env();
    const { migrateEngine, openEngine } = await import("@/db/client");
    const { describingConnectionErrors } = await import("@/db/engines/postgres/describe-connection-error");
    // An engine of its own, closed again: the one requests use is opened by the request code's own
    // modules, whose transaction context it must share (this file is bundled apart from them).
    const engine = openEngine(DATABASE_URL, { poolSize: 1 });
    try {
      await describingConnectionErrors(DATABASE_URL, () => migrateEngine(engine));
    } finally {
      await engine.close();
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
