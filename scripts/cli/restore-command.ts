import Database from "better-sqlite3";
import { copyFileSync, existsSync, openSync, fsyncSync, closeSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { requireSqliteDatabase } from "./cli-database";
import { assertClaimdeskDatabase } from "./database-file-checks";
import { parseCommandOptions } from "./parse-command-options";

/**
 * Takes the database's exclusive lock and checkpoints its WAL into the main file, or throws
 * when any other connection has it open: every connection to a WAL database holds a shared
 * lock for as long as it is open, so a running app (even idle) makes this fail.
 */
function closeExclusively(file: string): void {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 0");
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE; COMMIT;");
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
      throw new Error(`${file} is in use by another process: stop the Claimdesk app (and other scripts), then restore`);
    }
    throw error;
  } finally {
    sqlite.close();
  }
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/**
 * Replaces the database with a backup. Refuses a file that is not an intact Claimdesk
 * database, and refuses while the database is open elsewhere. The current database is kept
 * as `<db>.before-restore` (an older one there is replaced).
 */
export function restoreDatabase(options: { databaseFile: string; from: string; migrationsFolder?: string }): { keptAs: string | null } {
  const target = path.resolve(options.databaseFile);
  const source = path.resolve(options.from);
  if (source === target) throw new Error("Restore from a backup file, not from the database itself");
  assertClaimdeskDatabase(source, options.migrationsFolder);
  // Copied next to the target first, so that the final rename is atomic and never crosses file systems.
  const staging = `${target}.restoring`;
  copyFileSync(source, staging);
  const fd = openSync(staging, "r+");
  fsyncSync(fd);
  closeSync(fd);
  try {
    let keptAs: string | null = null;
    if (existsSync(target)) {
      closeExclusively(target);
      keptAs = `${target}.before-restore`;
      rmSync(keptAs, { force: true });
      renameSync(target, keptAs);
    }
    for (const file of sidecars(target)) rmSync(file, { force: true });
    renameSync(staging, target);
    return { keptAs };
  } finally {
    rmSync(staging, { force: true });
  }
}

/** `restore --from <file>`: run with the app stopped. */
export async function restoreCommand(args: string[]): Promise<void> {
  const { values } = parseCommandOptions(args, { from: { type: "string" } }, z.object({ from: z.string().min(1) }));
  const databaseFile = requireSqliteDatabase("restore", 'pg_restore (pg_restore --clean --if-exists --dbname="$DATABASE_URL" claimdesk.dump)');
  const { keptAs } = restoreDatabase({ databaseFile, from: values.from });
  console.log(`Restored ${databaseFile} from ${values.from}.${keptAs ? ` The previous database is kept as ${keptAs}.` : ""}`);
  console.log("Start the app again; it applies any newer migrations on start.");
}
