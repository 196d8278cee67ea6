import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type pg from "pg";

/**
 * Runs each transaction of `db` on a connection checked out here and always given back. drizzle's
 * own pooled transactions keep the connection for good when BEGIN fails, as it does on a connection
 * that the server has just dropped: the pool counts it as busy and never replaces it, so that after
 * an outage or two it has no connection left to give. A connection that broke is dropped by the pool
 * when it comes back, and the next transaction gets a new one.
 */
export function pooledTransactions<S extends Record<string, unknown>>(db: NodePgDatabase<S>, pool: pg.Pool, schema: S): void {
  // drizzle over one connection, made once per connection of the pool.
  const onConnection = new WeakMap<pg.PoolClient, NodePgDatabase<S>>();
  db.transaction = async (work, config) => {
    const client = await pool.connect();
    try {
      let connectionDb = onConnection.get(client);
      if (!connectionDb) {
        connectionDb = drizzle({ client, schema });
        onConnection.set(client, connectionDb);
      }
      return await connectionDb.transaction(work, config);
    } finally {
      client.release();
    }
  };
}
