import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getEngine, openEngine } from "@/db/client";
import { users } from "@/db/schema";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { backupDatabase } from "./backup-command";
import { restoreDatabase } from "./restore-command";

// Backups and restores are SQLite's (so this runs in the SQLite suite only); PostgreSQL has
// pg_dump and pg_restore (see cli-database.test.ts).

let db: Db;
let dir: string;
beforeAll(async () => {
  db = await useTestDatabase();
  dir = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-"));
});

/** The test database's own connection, as the running app holds it. */
function liveConnection(): Database.Database {
  const engine = getEngine();
  if (engine.kind !== "sqlite") throw new Error("the backup tests run on SQLite");
  return engine.connection.sqlite;
}

const emailsIn = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare("SELECT email FROM users ORDER BY id").pluck().all();
  } finally {
    sqlite.close();
  }
};

describe("backup", () => {
  it("copies the live database, including writes still in the WAL, and refuses to overwrite", async () => {
    await insertTestUser(db, { email: "before-backup@test.example" });
    const out = path.join(dir, "live.db");
    await backupDatabase(liveConnection(), out);
    expect(emailsIn(out)).toContain("before-backup@test.example");
    await expect(backupDatabase(liveConnection(), out)).rejects.toThrowError(/exists already/);
  });
});

describe("restore", () => {
  async function databaseWith(name: string, email: string): Promise<string> {
    const file = path.join(dir, name);
    const opened = openEngine(file);
    await opened.db.insert(users).values({ email, name: email, passwordHash: "x" });
    await opened.close();
    return file;
  }

  it("replaces the database and keeps the old one as .before-restore", async () => {
    const current = await databaseWith("current.db", "current@test.example");
    const backup = await databaseWith("backup.db", "backup@test.example");
    expect(restoreDatabase({ databaseFile: current, from: backup })).toEqual({ keptAs: `${current}.before-restore` });
    expect(emailsIn(current)).toEqual(["backup@test.example"]);
    expect(emailsIn(`${current}.before-restore`)).toEqual(["current@test.example"]);
    expect(existsSync(`${current}.restoring`)).toBe(false);
  });

  it("refuses files that are not Claimdesk databases, changing nothing", async () => {
    const current = await databaseWith("kept.db", "kept@test.example");
    const text = path.join(dir, "notes.txt");
    writeFileSync(text, "not a database at all, just some text that is long enough to have a header");
    expect(() => restoreDatabase({ databaseFile: current, from: text })).toThrowError(/not a (readable )?SQLite database/);
    const foreign = path.join(dir, "foreign.db");
    const sqlite = new Database(foreign);
    sqlite.exec("CREATE TABLE things (id INTEGER)");
    sqlite.close();
    expect(() => restoreDatabase({ databaseFile: current, from: foreign })).toThrowError(/not a Claimdesk database \(missing tables/);
    expect(() => restoreDatabase({ databaseFile: current, from: path.join(dir, "missing.db") })).toThrowError(/does not exist/);
    expect(emailsIn(current)).toEqual(["kept@test.example"]);
    expect(existsSync(`${current}.before-restore`)).toBe(false);
  });

  it("refuses while another process has the database open", async () => {
    const current = await databaseWith("busy.db", "busy@test.example");
    const backup = await databaseWith("busy-backup.db", "other@test.example");
    // A stand-in for the running app: a WAL connection that stays open, idle.
    const holder = spawn(process.execPath, [
      "-e",
      `const D = require(${JSON.stringify(require.resolve("better-sqlite3"))});
       const db = new D(${JSON.stringify(current)}); db.pragma("journal_mode = WAL"); db.prepare("SELECT 1").get();
       console.log("open"); setTimeout(() => {}, 30000);`,
    ]);
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    try {
      expect(() => restoreDatabase({ databaseFile: current, from: backup })).toThrowError(/in use by another process/);
    } finally {
      holder.kill();
    }
    expect(emailsIn(current)).toEqual(["busy@test.example"]);
    expect(existsSync(`${current}.restoring`)).toBe(false);
  });
});
