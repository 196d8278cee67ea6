import type { NodePgDatabase } from "drizzle-orm/node-postgres";

/** Serialization failure and deadlock: the server undid the transaction, which may simply run again. */
const retryableCodes = new Set(["40001", "40P01"]);
const maxAttempts = 60;

function isRetryable(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ("code" in cause && typeof cause.code === "string" && retryableCodes.has(cause.code)) return true;
  }
  return false;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes every transaction of `db` SERIALIZABLE, unless it names its isolation level itself (see
 * db/row-locking-transaction.ts), and runs it again when the server undoes it for a conflict with
 * a concurrent one. SQLite gives each transaction the database to itself (BEGIN IMMEDIATE);
 * SERIALIZABLE gives the same guarantee to transactions running side by side, so that
 * check-then-write rules (a document's quota of annotators, one gold set) hold across any number
 * of app servers. Transaction bodies touch nothing but the database, so a retry is safe.
 */
export function retryingTransactions<S extends Record<string, unknown>>(db: NodePgDatabase<S>): void {
  const transaction = db.transaction.bind(db);
  db.transaction = async (work, config) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await transaction(work, { isolationLevel: "serializable", ...config });
      } catch (error) {
        if (attempt >= maxAttempts || !isRetryable(error)) throw error;
        // Spread the retries of transactions that conflicted with each other.
        await pause(Math.random() * Math.min(5 * 2 ** attempt, 250));
      }
    }
  };
}
