import "server-only";

/** What a driver error says about the database, when it says something a user can act on. */
export type DatabaseFailure = "unavailable" | "storage_full";

// node-postgres: the socket failed, or the server is shutting down, starting up or dropped the
// connection (SQLSTATE classes 57P and 08).
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08003",
  "08006",
]);

// SQLite's SQLITE_FULL (the disk, or the database's page limit), PostgreSQL's disk_full, and a
// file written beside the database (an upload, a backup) on a full disk.
const storageFullCodes = new Set(["SQLITE_FULL", "53100", "ENOSPC"]);

// node-postgres and pg-pool report a lost connection and a full pool by message only; a client
// whose connection broke refuses further queries with the last one.
const unreachableMessages = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
];

function failureOfOne(error: Error): DatabaseFailure | null {
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  if (code !== undefined) {
    if (storageFullCodes.has(code)) return "storage_full";
    // SQLite: another connection held the write lock past busy_timeout (SQLITE_BUSY and its extended codes).
    if (unreachableCodes.has(code) || code.startsWith("SQLITE_BUSY")) return "unavailable";
  }
  return unreachableMessages.some((message) => message.test(error.message)) ? "unavailable" : null;
}

/**
 * What `error`, or an error it wraps (drizzle wraps driver errors as their `cause`), says about
 * the database: out of reach or busy for now (a retry shortly may well succeed), or out of space
 * (nothing was written; writes succeed again once space is freed). Null for any other failure.
 */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!(current instanceof Error) || seen.has(current)) continue;
    seen.add(current);
    const failure = failureOfOne(current);
    if (failure) return failure;
    pending.push(current.cause);
    // A connection to a host with several addresses fails with one error per address.
    if (current instanceof AggregateError) pending.push(...current.errors);
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseFailureOf(error) === "unavailable";
}
