import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { getEngine, migrateEngine } from "@/db/client";
import { engineKindOf } from "@/db/engine-kind";
import { describingConnectionErrors } from "@/db/engines/postgres/describe-connection-error";

export interface BenchDatabase {
  url: string;
  /** Closes this process's engine and removes the database. */
  drop(): Promise<void>;
}

/** The engine the benches run on, for the table's header: DATABASE_URL's, without credentials. */
export function benchEngineLabel(databaseUrl = process.env.DATABASE_URL ?? ""): string {
  if (engineKindOf(databaseUrl) === "sqlite") return "SQLite (a temporary file per bench)";
  const { hostname, port } = new URL(databaseUrl);
  return `PostgreSQL at ${hostname}:${port || "5432"} (a fresh database per bench)`;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await describingConnectionErrors(url, () => client.connect());
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Points this process at a new, migrated database of DATABASE_URL's engine: a file in a temporary
 * folder for SQLite; for PostgreSQL `claimdesk_bench_<pid>` on the server that DATABASE_URL names.
 * Must run before the first `getDb()`, which reads DATABASE_URL once.
 */
export async function useBenchDatabase(): Promise<BenchDatabase> {
  process.env.CLAIMDESK_DEMO = "0";
  const serverUrl = process.env.DATABASE_URL ?? "";
  if (engineKindOf(serverUrl) === "sqlite") {
    const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-bench-"));
    const remove = () => rmSync(folder, { recursive: true, force: true });
    process.once("exit", remove);
    const url = path.join(folder, "bench.db");
    process.env.DATABASE_URL = url;
    getEngine();
    return {
      url,
      async drop() {
        await getEngine().close();
        remove();
      },
    };
  }
  const name = `claimdesk_bench_${process.pid}`;
  await onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  await migrateEngine(getEngine());
  return {
    url: url.toString(),
    async drop() {
      await getEngine().close();
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
