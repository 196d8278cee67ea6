import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { DrizzleQueryError } from "drizzle-orm/errors";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/server/errors";
import { databaseFailureOf, isDatabaseUnavailable } from "./database-unavailable";
import { errorResponse } from "./error-response";

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

function postgresError(code: string, message: string): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, "error");
  error.code = code;
  return error;
}

async function body(response: Response): Promise<unknown> {
  return response.json();
}

describe("errorResponse", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("keeps the status and code of an AppError", async () => {
    const response = errorResponse(new AppError("conflict", "Stale version", { version: 3 }));
    expect(response.status).toBe(409);
    expect(await body(response)).toEqual({ error: { code: "conflict", message: "Stale version", details: { version: 3 } } });
  });

  it("answers 500 for any other failure", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new TypeError("x is undefined"));
    expect(response.status).toBe(500);
    expect(await body(response)).toEqual({ error: { code: "internal", message: "Something went wrong on the server" } });
  });

  it.each([
    ["a refused connection", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["a reset connection", withCode("read ECONNRESET", "ECONNRESET")],
    ["a connection timing out", withCode("connect ETIMEDOUT", "ETIMEDOUT")],
    ["an administrator shutdown", postgresError("57P01", "terminating connection due to administrator command")],
    ["a crash shutdown", postgresError("57P02", "terminating connection because of crash of another server process")],
    ["a server starting up", postgresError("57P03", "the database system is starting up")],
    ["a connection exception", postgresError("08000", "connection exception")],
    ["a missing connection", postgresError("08003", "connection does not exist")],
    ["a failed connection", postgresError("08006", "connection failure")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a connection timeout", new Error("Connection terminated due to connection timeout")],
    ["a full pool", new Error("timeout exceeded when trying to connect")],
    ["a client whose connection broke", new Error("Client has encountered a connection error and is not queryable")],
    ["an SQLite lock held too long", withCode("database is locked", "SQLITE_BUSY")],
    ["a failed query wrapping a lost connection", new DrizzleQueryError("select 1", [], new Error("Connection terminated"))],
    [
      "refusals on every address of a host",
      Object.assign(new AggregateError([withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")]), { code: "ECONNREFUSED" }),
    ],
  ])("answers 503 unavailable for %s", async (_, error) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(await body(response)).toEqual({
      error: { code: "unavailable", message: "The database is not reachable; try again shortly" },
    });
  });

  it.each([
    ["SQLite's full database", withCode("database or disk is full", "SQLITE_FULL")],
    ["PostgreSQL's disk_full", postgresError("53100", "could not extend file: No space left on device")],
    ["a file written on a full disk", withCode("ENOSPC: no space left on device, write", "ENOSPC")],
    ["a failed query wrapping a full disk", new DrizzleQueryError("insert into t", [], postgresError("53100", "could not write"))],
  ])("answers 507 storage_full for %s", async (_, error) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(error);
    expect(response.status).toBe(507);
    expect(await body(response)).toEqual({
      error: {
        code: "storage_full",
        message: "The database's disk is full, so nothing was saved; writes work again once space is freed",
      },
    });
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("does not take other database errors for an outage", () => {
    expect(isDatabaseUnavailable(postgresError("23505", "duplicate key value violates unique constraint"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("UNIQUE constraint failed: users.email", "SQLITE_CONSTRAINT_UNIQUE"))).toBe(false);
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], postgresError("42P01", "relation does not exist")))).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
    expect(databaseFailureOf(postgresError("53200", "out of memory"))).toBeNull();
  });

  it("recognises what node-postgres throws when nothing listens", async () => {
    // Port 1 on the loopback address: nothing listens there, so the connection is refused at once.
    const pool = new pg.Pool({ connectionString: "postgres://claimdesk@127.0.0.1:1/claimdesk", connectionTimeoutMillis: 2000 });
    const failure = await pool.query("select 1").then(
      () => null,
      (error: unknown) => error,
    );
    await pool.end();
    expect(isDatabaseUnavailable(failure)).toBe(true);
  });

  it("recognises what better-sqlite3 throws when another connection holds the write lock", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-busy-")), "busy.db");
    const holder = new Database(file);
    const waiter = new Database(file, { timeout: 0 });
    try {
      holder.exec("create table t (x integer); begin immediate; insert into t values (1)");
      let failure: unknown = null;
      try {
        waiter.exec("insert into t values (2)");
      } catch (error) {
        failure = error;
      }
      expect(isDatabaseUnavailable(failure)).toBe(true);
    } finally {
      holder.exec("rollback");
      waiter.close();
      holder.close();
    }
  });

  it("recognises what better-sqlite3 throws when the database may grow no further", () => {
    const sqlite = new Database(path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-full-")), "full.db"));
    try {
      sqlite.exec("create table t (x blob)");
      // A database of at most its current pages: the next page it needs is refused, as on a full disk.
      sqlite.pragma(`max_page_count = ${sqlite.pragma("page_count", { simple: true })}`);
      let failure: unknown = null;
      try {
        sqlite.prepare("insert into t values (?)").run(Buffer.alloc(64 * 1024));
      } catch (error) {
        failure = error;
      }
      expect(databaseFailureOf(failure)).toBe("storage_full");
    } finally {
      sqlite.close();
    }
  });
});
