// A production server of the app for the browser benches: built when needed, serving a fresh
// temporary database seeded with the demo workspace, stopped afterwards.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface AppServer {
  baseURL: string;
  /** The server's SQLite file; benches may write fixtures straight into it. */
  databasePath: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const firstPort = Number(process.env.BENCH_PORT ?? 3390);

/** `next build` when there is no build yet, or always with BENCH_BUILD=1. Its output goes to stderr. */
function ensureBuild(): void {
  if (process.env.BENCH_BUILD !== "1" && existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.error("Building the app for the browser benches (next build)…");
  const build = spawnSync(bin("next"), ["build"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

/** BENCH_PORT (3390 by default) or the next free port among the nine after it. */
async function freePort(): Promise<number> {
  for (let port = firstPort; port < firstPort + 10; port++) if (await isFree(port)) return port;
  throw new Error(`No free port in ${firstPort}–${firstPort + 9}; set BENCH_PORT`);
}

/** Polls the sign-in page until it answers 200; fails early if the server exits. */
async function waitForServer(baseURL: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${log()}`);
    const ok = await fetch(`${baseURL}/signin`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${baseURL}/signin within 2 minutes:\n${log()}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  // The server leads its own process group: stop it and whatever it started.
  process.kill(-server.pid, "SIGTERM");
  const forced = setTimeout(() => server.exitCode === null && process.kill(-server.pid!, "SIGKILL"), 5000);
  return exited.finally(() => clearTimeout(forced));
}

/**
 * Runs `fn` against `next start` on a free port with a new database seeded with the demo
 * workspace (admin@example.com / claimdesk-demo), then stops the server and removes the database.
 */
export async function withAppServer<T>(fn: (server: AppServer) => Promise<T>): Promise<T> {
  ensureBuild();
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-bench-app-"));
  const databasePath = path.join(folder, "claimdesk.db");
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databasePath,
    CLAIMDESK_DEMO: "1",
    CLAIMDESK_LOCAL_SECRET: "1",
    PORT: String(port),
    NEXTAUTH_URL: `http://localhost:${port}`,
  };
  const setup = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], { cwd: root, env, stdio: ["ignore", 2, 2] });
  if (setup.status !== 0) throw new Error(`scripts/db-setup.ts failed (exit ${setup.status})`);

  const server = spawn(bin("next"), ["start", "-p", String(port)], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const stopOnExit = () => server.pid !== undefined && server.exitCode === null && process.kill(-server.pid, "SIGKILL");
  process.once("exit", stopOnExit);
  const baseURL = `http://localhost:${port}`;
  try {
    await waitForServer(baseURL, server, () => output);
    return await fn({ baseURL, databasePath });
  } finally {
    await stop(server);
    process.off("exit", stopOnExit);
    rmSync(folder, { recursive: true, force: true });
  }
}
