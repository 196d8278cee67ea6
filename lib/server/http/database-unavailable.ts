import "server-only";

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

// node-postgres and pg-pool report a lost connection and a full pool by message only.
const unreachableMessages = [/^Connection terminated/, /^timeout exceeded when trying to connect/];

/**
 * Whether `error`, or an error it wraps (drizzle wraps driver errors as their `cause`), says
 * that the database is out of reach or busy for now: a retry shortly may well succeed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!(current instanceof Error) || seen.has(current)) continue;
    seen.add(current);
    const code = "code" in current && typeof current.code === "string" ? current.code : undefined;
    // SQLite: another connection held the write lock past busy_timeout (SQLITE_BUSY and its extended codes).
    if (code !== undefined && (unreachableCodes.has(code) || code.startsWith("SQLITE_BUSY"))) return true;
    if (unreachableMessages.some((message) => message.test(current.message))) return true;
    pending.push(current.cause);
    // A connection to a host with several addresses fails with one error per address.
    if (current instanceof AggregateError) pending.push(...current.errors);
  }
  return false;
}
