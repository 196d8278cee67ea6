// Production servers of the app for the benches: built when needed, serving the bench's fresh
// database (bench/bench-database.ts, DATABASE_URL) seeded with the demo workspace, on loopback
// only, stopped afterwards. The bench process shares the database: fixtures go straight into it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface AppServer {
  baseURL: string;
  /** The end of what the server printed, to tell why a request failed. */
  output?: () => string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const firstPort = Number(process.env.BENCH_PORT ?? 3390);
// Loopback only: a bench server is never reachable from elsewhere.
const host = "127.0.0.1";

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
      .listen(port, host);
  });
}

/** `count` free ports from BENCH_PORT (3390 by default), among the ten after it. */
async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let port = firstPort; port < firstPort + 10 && ports.length < count; port++) if (await isFree(port)) ports.push(port);
  if (ports.length < count) throw new Error(`No ${count} free ports in ${firstPort}–${firstPort + 9}; set BENCH_PORT`);
  return ports;
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

interface RunningServer {
  baseURL: string;
  process: ChildProcess;
  output: () => string;
}

function startServer(port: number, env: NodeJS.ProcessEnv): RunningServer {
  const server = spawn(bin("next"), ["start", "-H", host, "-p", String(port)], {
    cwd: root,
    env: { ...env, PORT: String(port), NEXTAUTH_URL: `http://${host}:${port}` },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  return { baseURL: `http://${host}:${port}`, process: server, output: () => output };
}

/**
 * Runs `fn` against `count` servers (`next start` on free ports) sharing this process's database,
 * seeded with the demo workspace (admin@example.com / claimdesk-demo), then stops them.
 */
export async function withAppServers<T>(count: number, fn: (servers: AppServer[]) => Promise<T>): Promise<T> {
  ensureBuild();
  const env = { ...process.env, CLAIMDESK_DEMO: "1", CLAIMDESK_LOCAL_SECRET: "1" };
  const setup = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], { cwd: root, env, stdio: ["ignore", 2, 2] });
  if (setup.status !== 0) throw new Error(`scripts/db-setup.ts failed (exit ${setup.status})`);
  const servers = (await freePorts(count)).map((port) => startServer(port, env));
  const stopOnExit = () => {
    for (const { process: server } of servers) if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGKILL");
  };
  process.once("exit", stopOnExit);
  try {
    await Promise.all(servers.map((server) => waitForServer(server.baseURL, server.process, server.output)));
    return await fn(servers.map(({ baseURL, output }) => ({ baseURL, output })));
  } finally {
    await Promise.all(servers.map((server) => stop(server.process)));
    process.off("exit", stopOnExit);
  }
}

/** Runs `fn` against one server; see `withAppServers`. */
export async function withAppServer<T>(fn: (server: AppServer) => Promise<T>): Promise<T> {
  return withAppServers(1, ([server]) => {
    if (!server) throw new Error("no server started");
    return fn(server);
  });
}
