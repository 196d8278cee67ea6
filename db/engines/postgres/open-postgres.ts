import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import pg from "pg";
import { fillSourceSitesPostgres } from "../../fill-source-sites";
import * as tables from "../../postgres-schema";
import { pooledTransactions } from "./pooled-transactions";
import { retryingTransactions } from "./retrying-transactions";

export const postgresMigrationsFolder = path.join(process.cwd(), "db", "migrations", "postgres");

// Counts (bigint) and averages (numeric) come back as numbers, as SQLite's do; Claimdesk's counts
// stay far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PostgresConnection {
  db: ReturnType<typeof drizzle<typeof tables>>;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** A pool of `poolSize` connections to the server at `url`; nothing connects until first used. */
export function openPostgres(url: string, options: { poolSize: number }): PostgresConnection {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize, types, connectionTimeoutMillis: 10_000 });
  // An idle connection that the server drops (a restart, a failover) must not end the process;
  // the pool replaces it on the next request.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  // The pool hears only idle connections. One that breaks while a request holds it (between the
  // statements of a transaction) emits its error with nobody listening, which would end the
  // process; the request's next statement fails with the loss instead, and the pool drops the
  // connection when the request gives it back.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = drizzle({ client: pool, schema: tables });
  pooledTransactions(db, pool, tables);
  retryingTransactions(db);
  return { db, pool, close: () => pool.end() };
}

// Any fixed number: it names the lock that keeps two servers from migrating at the same time.
const migrationLockKey = 7_361_209;

/** Applies the pending migrations, one server at a time when several start together. */
export async function migratePostgres(connection: PostgresConnection): Promise<void> {
  const client = await connection.pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: postgresMigrationsFolder });
      await fillSourceSitesPostgres(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]);
    }
  } finally {
    client.release();
  }
}
