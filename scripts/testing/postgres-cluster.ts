/**
 * The PostgreSQL server of a test run: the one `CLAIMDESK_TEST_POSTGRES_URL` names, or else a
 * throwaway cluster made with the installed server binaries in a fresh temporary folder, on its own
 * port, stopped and deleted when the run ends.
 */
import { execFileSync } from "node:child_process";
import { accessSync, appendFileSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export type TestPostgresPlan =
  | { kind: "server"; url: string }
  | { kind: "cluster"; binaries: string }
  | { kind: "unavailable"; reason: string };

export interface TestPostgresServer {
  /** A superuser URL of the server's `postgres` database. */
  url: string;
  stop(): void;
}

/** A cluster of a test's own, which it may bring down abruptly and start again. */
export interface TestPostgresCluster extends TestPostgresServer {
  /** Stops the server at once, as a crash would (`pg_ctl stop -m immediate`): clients cut off, no checkpoint. */
  kill(): void;
  /** Starts the killed server again on the same port and data; it recovers from its write-ahead log first. */
  restart(): void;
}

const hint = "install Debian's postgresql package or set CLAIMDESK_TEST_POSTGRES_URL";

/** Which server a run will use, or why there is none; cheap enough for a config file to ask. */
export function planTestPostgres(): TestPostgresPlan {
  const url = process.env.CLAIMDESK_TEST_POSTGRES_URL;
  if (url) return { kind: "server", url };
  const binaries = findPostgresBinaries();
  if (!binaries) return { kind: "unavailable", reason: `no PostgreSQL server binaries found (${hint})` };
  if (isRoot()) {
    // The server refuses to run as root; it runs as the system user Debian's package creates.
    if (!findOnPath("runuser")) return { kind: "unavailable", reason: `running as root without runuser to start PostgreSQL as another user (${hint})` };
    if (!postgresUserIds()) return { kind: "unavailable", reason: `running as root and there is no postgres system user to run PostgreSQL as (${hint})` };
  }
  return { kind: "cluster", binaries };
}

/** The line a run prints when it leaves its PostgreSQL suite out. */
export function postgresSkipNotice(reason: string): string {
  return `PostgreSQL suite skipped: ${reason}`;
}

/** The server of the plan: the given one, or a new cluster that `stop()` removes. */
export async function startTestPostgres(plan: Exclude<TestPostgresPlan, { kind: "unavailable" }>): Promise<TestPostgresServer> {
  if (plan.kind === "server") return { url: plan.url, stop: () => {} };
  return startPostgresCluster(plan.binaries);
}

/** The folder of `initdb` and `pg_ctl`: on the PATH, else Debian's newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresBinaries(searchPath = process.env.PATH ?? "", root = "/usr/lib/postgresql"): string | null {
  const onPath = findOnPath("initdb", searchPath);
  if (onPath && findOnPath("pg_ctl", searchPath)) return path.dirname(onPath);
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, "bin");
    if (isExecutable(path.join(bin, "initdb")) && isExecutable(path.join(bin, "pg_ctl"))) return bin;
  }
  return null;
}

// Durability buys nothing in a cluster that is deleted after the run.
const clusterSettings = `
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
`;

/**
 * A new cluster in a temporary folder, removed by `stop()`. `durableCommits` keeps PostgreSQL's
 * default of acknowledging a commit once its log record is written, for a test that kills the server
 * and counts what survived (fsync stays off: a killed server leaves the operating system's cache intact).
 */
export async function startPostgresCluster(binaries: string, options: { durableCommits?: boolean } = {}): Promise<TestPostgresCluster> {
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-pg-"));
  const data = path.join(folder, "data");
  const log = path.join(folder, "server.log");
  const owner = isRoot() ? postgresUserIds() : null;
  if (owner) chownSync(folder, owner.uid, owner.gid);
  const run = (program: string, args: string[]) => {
    const file = path.join(binaries, program);
    const [command, commandArgs] = owner ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
    return execFileSync(command, commandArgs, { stdio: "pipe", encoding: "utf8" });
  };
  let started = false;
  const stop = () => {
    process.removeListener("exit", stop);
    if (started) {
      started = false;
      try {
        run("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"]);
      } catch (error) {
        console.error(`Could not stop the test PostgreSQL cluster in ${folder}: ${messageOf(error)}`);
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // Also when the run ends without its teardown (an uncaught error, process.exit).
  process.on("exit", stop);
  try {
    run("initdb", ["-D", data, "--username=postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
    // Reachable on 127.0.0.1 only, without a password; no socket file in a shared folder.
    writeFileSync(path.join(data, "pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
    appendFileSync(path.join(data, "postgresql.conf"), clusterSettings + (options.durableCommits ? "synchronous_commit = on\n" : ""));
    for (let attempt = 0; ; attempt++) {
      const port = await freePort(55_500 + attempt * 7);
      const start = () => run("pg_ctl", ["start", "-D", data, "-l", log, "-o", `-p ${port}`, "-w", "-t", "60"]);
      try {
        start();
        started = true;
        const kill = () => {
          run("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-w"]);
          started = false;
        };
        const restart = () => {
          start();
          started = true;
        };
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, kill, restart };
      } catch (error) {
        const serverLog = existsSync(log) ? readFileSync(log, "utf8") : "";
        // Another process took the port between the check and the start: try the next one.
        if (attempt < 5 && /could not bind|already in use/i.test(serverLog)) continue;
        throw new Error(`PostgreSQL did not start: ${messageOf(error)}\n${serverLog.slice(-2000)}`);
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

/** The first port from `from` on that nothing listens on at 127.0.0.1. */
async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port for PostgreSQL from ${from} on`);
}

export function findOnPath(program: string, searchPath = process.env.PATH ?? ""): string | null {
  for (const folder of searchPath.split(path.delimiter)) {
    const file = path.join(folder, program);
    if (folder && isExecutable(file)) return file;
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { stdio: "pipe", encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "stderr" in error && typeof error.stderr === "string" && error.stderr.trim()) {
    return error.stderr.trim();
  }
  return error instanceof Error ? error.message : String(error);
}
