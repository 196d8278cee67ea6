/**
 * A production Claimdesk server of a spec's own (`next start` on the build the Playwright run made),
 * which the spec may kill with SIGKILL, as a crash or the kernel's out-of-memory killer would.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export interface AppProcess {
  baseURL: string;
  /** SIGKILL to the server and everything it started: no shutdown code runs. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after five seconds. */
  stop(): Promise<void>;
}

/** Migrates the database and seeds the demo workspace into it, as `npm run db:setup` does. */
export async function setUpDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const setup = spawn(bin("tsx"), ["--conditions=react-server", "scripts/db-setup.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => void (output += chunk.toString());
  setup.stdout.on("data", keep);
  setup.stderr.on("data", keep);
  const code = await new Promise<number | null>((resolve) => setup.once("exit", resolve));
  if (code !== 0) throw new Error(`scripts/db-setup.ts failed (exit ${code}):\n${output}`);
}

/** Starts `next start` on `port` with `env` and waits until its sign-in page answers. */
export async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...env, PORT: String(port), NEXTAUTH_URL: baseURL },
    // Its own process group, so that a kill reaches whatever it started too.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const signal = (name: NodeJS.Signals) => exited(server, () => process.kill(-server.pid!, name));
  const app: AppProcess = {
    baseURL,
    kill: () => signal("SIGKILL"),
    stop: async () => {
      const forced = setTimeout(() => server.exitCode === null && server.signalCode === null && process.kill(-server.pid!, "SIGKILL"), 5000);
      await signal("SIGTERM");
      clearTimeout(forced);
    },
  };
  try {
    await untilAnswering(`${baseURL}/signin`, server, () => output);
  } catch (error) {
    await app.kill();
    throw error;
  }
  return app;
}

function exited(child: ChildProcess, send: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  send();
  return done;
}

async function untilAnswering(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output()}`);
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within two minutes:\n${output()}`);
}
