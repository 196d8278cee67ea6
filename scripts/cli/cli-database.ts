import { backgroundWorkSettled, type Engine, getEngine, migrateEngine } from "@/db/client";
import { describingConnectionErrors } from "@/db/engines/postgres/describe-connection-error";
import { engineKindOf } from "@/db/engine-kind";
import { env } from "@/lib/server/env";

let opened: Engine | null = null;

/**
 * The database that DATABASE_URL names, as the services of a command use it, migrated first; a
 * server out of reach, a refused user or a missing database ends the command with one line.
 */
export async function openCliDatabase(): Promise<Engine> {
  const url = env().DATABASE_URL;
  opened = await describingConnectionErrors(url, async () => {
    const engine = getEngine();
    await migrateEngine(engine);
    return engine;
  });
  return opened;
}

/**
 * Closes what `openCliDatabase` opened, so that the process can end (a pool keeps it alive), once
 * the background work the command started (a recommender rebuild after a submission) has ended.
 */
export async function closeCliDatabase(): Promise<void> {
  await backgroundWorkSettled();
  await opened?.close();
  opened = null;
}

/** Refuses a command that only SQLite databases have, saying what PostgreSQL offers instead. */
export function requireSqliteDatabase(command: string, postgresAlternative: string): string {
  const url = env().DATABASE_URL;
  if (engineKindOf(url) === "postgres") {
    throw new Error(`${command} works on SQLite databases only; for PostgreSQL use ${postgresAlternative}`);
  }
  return url;
}
