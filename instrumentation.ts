// Runs once when the server starts: a bad environment stops it with a clear message, and the
// database is opened (and migrated) before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/server/env");
  env();
  const { getDb } = await import("@/db/client");
  getDb();
}
