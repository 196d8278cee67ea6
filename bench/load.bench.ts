// Load: everyone at once against one production server (`next start`) for BENCH_SECONDS (60 by
// default). 50 annotators save as in the concurrent-annotators bench (BENCH_THINK_MS between
// requests); meanwhile 5 reviewers read the agreement of a 10,000-document × 3-annotator project
// and 1 manager exports that project as JSONL, each pausing BENCH_READER_THINK_MS (5,000 ms by
// default) between requests. Prints requests/s, p50/p95/p99 per route, errors by status, and
// checks afterwards that every acknowledged write is in the database. The readers run in a thread
// of their own, so that reading their large answers never delays the timing of a save.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { memberships, users } from "@/db/schema";
import { annotatorRows, runAnnotators } from "./annotator-phase";
import { AnnotatorSession } from "./annotator-session";
import { seedSubmissions } from "./agreement-fixture";
import { withAppServer } from "./app-server";
import { callApi } from "./bench-api";
import type { BenchRow } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { insertRows, insertRowsReturningIds } from "./bulk-insert";
import { createBenchAnnotators, insertBenchTokens } from "./concurrent-annotators-fixture";
import { checkAcknowledgedWrites } from "./lost-writes";
import type { Reader, ReaderThreadInput, ReaderThreadResult } from "./reader-thread";
import type { RequestTally } from "./request-tally";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const annotatorCount = 50;
const reviewerCount = 5;
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 1000);
const readerThinkMs = Number(process.env.BENCH_READER_THINK_MS ?? 5000);

/** Reviewers and a manager of the big project, each with a token. */
async function createReaders(projectId: number): Promise<Reader[]> {
  const run = Date.now();
  const roles = [...Array.from({ length: reviewerCount }, () => "reviewer" as const), "manager" as const];
  const userIds = await insertRowsReturningIds(
    users,
    roles.map((role, k) => ({ email: `${role}-${k}-${run}@bench.example`, name: `${role} ${k + 1}`, passwordHash: "unusable" })),
  );
  await insertRows(memberships, userIds.map((userId, k) => ({ projectId, userId, role: roles[k] ?? "reviewer" })));
  const tokens = await insertBenchTokens(userIds);
  return roles.map((role, k) =>
    role === "manager"
      ? { token: tokens[k] ?? "", route: "GET /api/projects/:id/export (JSONL)", path: `/api/projects/${projectId}/export?format=jsonl&set=annotators` }
      : { token: tokens[k] ?? "", route: "GET /api/projects/:id/agreement", path: `/api/projects/${projectId}/agreement` },
  );
}

/** The readers, in a thread of their own (bench/reader-thread.ts), for `seconds`; their figures go into `tally`. */
function runReaders(input: ReaderThreadInput, tally: RequestTally): Promise<void> {
  const thread = new Worker(path.join(root, "lib", "server", "jobs", "worker-entry.mjs"), {
    workerData: { module: path.join(root, "bench", "reader-thread.ts"), input },
    execArgv: ["--conditions=react-server"],
  });
  return new Promise((resolve, reject) => {
    thread.once("error", reject);
    thread.once("message", (result: ReaderThreadResult) => {
      for (const [route, list] of result.durations) for (const ms of list) tally.succeeded(route, ms);
      for (const [status, n] of result.errors) for (let k = 0; k < n; k++) tally.failed(status);
      resolve();
    });
  });
}

export async function benchLoad(): Promise<BenchRow[]> {
  return withAppServer(async (server) => {
    const big = await createBenchWorkspace("load-agreement");
    await seedSubmissions(big.projectId);
    const readers = await createReaders(big.projectId);
    const { annotators, entityTypeId, claimId } = await createBenchAnnotators(annotatorCount, 2);
    const sessions = annotators.map((annotator) => new AnnotatorSession(annotator, entityTypeId, claimId));
    // One untimed pass each: the agreement worker started, the export route compiled.
    for (const reader of readers.filter((r, k) => k === 0 || r.route.includes("export"))) await callApi(server.baseURL, reader.token, "GET", reader.path);
    const { tally, seconds: elapsed } = await runAnnotators(sessions, [server], {
      seconds,
      thinkMs,
      alongside: (deadline, tally) =>
        runReaders({ baseURL: server.baseURL, readers, seconds: (deadline - performance.now()) / 1000, thinkMs: readerThinkMs }, tally),
    });
    const name = `load (${annotatorCount} annotators, ${reviewerCount} reviewers, 1 manager exporting)`;
    return [
      ...annotatorRows(name, tally, elapsed, "< 50"),
      { name: `${name}: 5xx answers`, figure: tally.errorCount((status) => status.startsWith("5")), unit: "requests", budget: "0" },
      ...tally.routeRows(name),
      ...(await checkAcknowledgedWrites(sessions)).map((row) => ({ ...row, name: `load: ${row.name}` })),
    ];
  });
}
