/**
 * The web server of Playwright's "postgres" project: a fresh PostgreSQL database, migrated and
 * seeded with the demo workspace by `npm run db:setup`, and two `next start` processes on it (ports
 * from E2E_POSTGRES_PORTS), sharing one NEXTAUTH_SECRET as the servers of one deployment do.
 * Playwright starts it after the SQLite server's build and ends it with SIGTERM, which stops the
 * servers and removes the database (or the whole cluster when it made one).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { databaseUrl } from "@/lib/server/testing/postgres-test-server";
import { postgresServerA, postgresServerB, postgresServersReady } from "@/e2e/support/postgres-servers";
import { planTestPostgres, startTestPostgres } from "./postgres-cluster";
import { createDatabase, dropDatabases } from "./postgres-test-databases";

const servers: ChildProcess[] = [];
let cleanUp = async () => {};
let ending = false;

async function main() {
  const plan = planTestPostgres();
  if (plan.kind === "unavailable") throw new Error(plan.reason);
  const postgres = await startTestPostgres(plan);
  const database = `claimdesk_e2e_${randomBytes(4).toString("hex")}`;
  cleanUp = async () => {
    if (plan.kind === "server") await dropDatabases(postgres.url, database);
    postgres.stop();
  };
  await createDatabase(postgres.url, database);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(postgres.url, database),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    CLAIMDESK_DEMO: "1",
    CLAIMDESK_MAX_UPLOAD_MB: "2",
  };
  await finished(spawn("npm", ["run", "db:setup"], { env, stdio: "inherit" }), "npm run db:setup");
  for (const url of [postgresServerA, postgresServerB]) {
    const port = new URL(url).port;
    const server = spawn("node_modules/.bin/next", ["start", "--port", port], {
      env: { ...env, PORT: port, NEXTAUTH_URL: url },
      stdio: "inherit",
    });
    server.once("exit", (code, signal) => {
      if (!ending) void end(1, `The Claimdesk server on port ${port} stopped (${signal ?? `exit code ${code}`})`);
    });
    servers.push(server);
  }
  await Promise.all([postgresServerA, postgresServerB].map((url) => untilAnswering(`${url}/signin`)));
  console.log(`${postgresServersReady}: ${postgresServerA} and ${postgresServerB} share ${database}.`);
}

function finished(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed with exit code ${code}`))));
  });
}

async function untilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within two minutes (last status ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function end(code: number, message?: string): Promise<void> {
  if (ending) return;
  ending = true;
  if (message) console.error(message);
  await Promise.all(servers.map((server) => stopProcess(server)));
  try {
    await cleanUp();
  } catch (error) {
    console.error(`Could not remove the end-to-end PostgreSQL database: ${error instanceof Error ? error.message : error}`);
  }
  process.exit(code);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void end(0));

main().catch((error: unknown) => end(1, error instanceof Error ? error.message : String(error)));
