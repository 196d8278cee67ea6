import Database from "better-sqlite3";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sqliteMigrationsFolder } from "@/db/engines/sqlite/open-sqlite";

const migrationsTable = "__drizzle_migrations";
const requiredTables = ["users", "projects", "documents", "annotations", migrationsTable];

/** The number of SQLite migrations this code base ships (db/migrations/sqlite/meta/_journal.json). */
export function shippedMigrationCount(migrationsFolder = sqliteMigrationsFolder): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * Throws unless `file` is an intact Claimdesk database: SQLite, passing quick_check, with our
 * tables and a migrations table no newer than this code (an older one is migrated on start).
 */
export function assertClaimdeskDatabase(file: string, migrationsFolder?: string): { migrations: number } {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`${file} is not a SQLite database (${error instanceof Error ? error.message : error})`);
  }
  try {
    const check = sqlite.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`${file} is damaged: ${String(check)}`);
    const tables = new Set(
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    const missing = requiredTables.filter((table) => !tables.has(table));
    if (missing.length > 0) throw new Error(`${file} is not a Claimdesk database (missing tables: ${missing.join(", ")})`);
    const migrations = sqlite.prepare(`SELECT count(*) FROM ${migrationsTable}`).pluck().get() as number;
    const shipped = shippedMigrationCount(migrationsFolder);
    if (migrations > shipped) {
      throw new Error(`${file} has ${migrations} migrations, newer than this Claimdesk (${shipped}); upgrade Claimdesk first`);
    }
    return { migrations };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(file)) throw error;
    throw new Error(`${file} is not a readable SQLite database (${error instanceof Error ? error.message : error})`);
  } finally {
    sqlite.close();
  }
}
