import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { z } from "zod";
import { requireSqliteDatabase } from "./cli-database";
import { assertClaimdeskDatabase } from "./database-file-checks";
import { parseCommandOptions } from "./parse-command-options";

/**
 * SQLite's online backup (better-sqlite3 `backup`): a consistent copy page by page, safe while
 * the app keeps reading and writing. The copy is a single file in rollback-journal mode (the
 * app switches it back to WAL when it opens it) and is checked before we report success.
 */
export async function backupDatabase(sqlite: Database.Database, out: string): Promise<{ pages: number }> {
  if (existsSync(out)) throw new Error(`${out} exists already; choose a new file name`);
  const { totalPages } = await sqlite.backup(out);
  // One self-contained file (no -wal/-shm beside it), easy to copy and to restore.
  const copy = new Database(out, { fileMustExist: true });
  copy.pragma("journal_mode = DELETE");
  copy.close();
  assertClaimdeskDatabase(out);
  return { pages: totalPages };
}

/** `backup --out <file>` */
export async function backupCommand(args: string[]): Promise<void> {
  const { values } = parseCommandOptions(args, { out: { type: "string" } }, z.object({ out: z.string().min(1) }));
  const file = requireSqliteDatabase("backup", 'pg_dump (pg_dump --format=custom --file=claimdesk.dump "$DATABASE_URL")');
  assertClaimdeskDatabase(file);
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const { pages } = await backupDatabase(sqlite, values.out);
    console.log(`Backed up ${pages} pages to ${values.out}.`);
  } finally {
    sqlite.close();
  }
}
