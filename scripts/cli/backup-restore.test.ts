import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { backupDatabase } from "./backup-command";
import { restoreDatabase } from "./restore-command";

let db: Db;
let dir: string;
beforeAll(() => {
  db = useTestDatabase();
  dir = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-"));
});

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
    insertTestUser(db, { email: "before-backup@test.example" });
    const out = path.join(dir, "live.db");
    await backupDatabase(db.$client, out);
    expect(emailsIn(out)).toContain("before-backup@test.example");
    await expect(backupDatabase(db.$client, out)).rejects.toThrowError(/exists already/);
  });
});

describe("restore", () => {
  function databaseWith(name: string, email: string): string {
    const file = path.join(dir, name);
    const opened = openDatabase(file);
    opened.insert(users).values({ email, name: email, passwordHash: "x" }).run();
    opened.$client.close();
    return file;
  }

  it("replaces the database and keeps the old one as .before-restore", () => {
    const current = databaseWith("current.db", "current@test.example");
    const backup = databaseWith("backup.db", "backup@test.example");
    expect(restoreDatabase({ databaseFile: current, from: backup })).toEqual({ keptAs: `${current}.before-restore` });
    expect(emailsIn(current)).toEqual(["backup@test.example"]);
    expect(emailsIn(`${current}.before-restore`)).toEqual(["current@test.example"]);
    expect(existsSync(`${current}.restoring`)).toBe(false);
  });

  it("refuses files that are not Claimdesk databases, changing nothing", () => {
    const current = databaseWith("kept.db", "kept@test.example");
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
    const current = databaseWith("busy.db", "busy@test.example");
    const backup = databaseWith("busy-backup.db", "other@test.example");
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
