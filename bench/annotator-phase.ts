// Runs bench annotators against servers for a while and reports what they measured.
import type { AnnotatorSession } from "./annotator-session";
import type { AppServer } from "./app-server";
import { type BenchRow, percentile } from "./bench-row";
import { isSaveRoute, RequestTally } from "./request-tally";

// A bound besides the time: no run sends more than this, whatever the servers' pace.
const maxRequests = 500_000;

export interface PhaseOptions {
  seconds: number;
  /** Mean pause between an annotator's requests; 0 sends the next at once (capacity). */
  thinkMs: number;
  /** Runs beside the annotators until the deadline (reviewers, a manager exporting). */
  alongside?: (deadline: number, tally: RequestTally) => Promise<void>;
}

/** All sessions at once against `servers` (annotator k on server k mod n) for `seconds`. */
export async function runAnnotators(sessions: AnnotatorSession[], servers: AppServer[], options: PhaseOptions): Promise<{ tally: RequestTally; seconds: number }> {
  const at = (k: number) => servers[k % servers.length]?.baseURL ?? "";
  await Promise.all(sessions.map((session, k) => session.warmUp(at(k))));
  const tally = new RequestTally();
  const began = performance.now();
  const deadline = began + options.seconds * 1000;
  const perSession = Math.ceil(maxRequests / sessions.length);
  await Promise.all([
    ...sessions.map((session, k) => session.work(at(k), { deadline, maxRequests: perSession, thinkMs: options.thinkMs, tally })),
    options.alongside?.(deadline, tally),
  ]);
  const seconds = (performance.now() - began) / 1000;
  if (tally.errorCount((status) => !status.startsWith("4")) > 0) {
    for (const server of servers) console.error(`${server.baseURL} printed:\n${server.output?.() ?? ""}`);
  }
  return { tally, seconds };
}

/** requests/s, save p50/p95/p99 and errors of a phase, under `name`. */
export function annotatorRows(name: string, tally: RequestTally, seconds: number, saveBudget: string): BenchRow[] {
  const saves = tally.durationsOf(isSaveRoute);
  return [
    { name: `${name}: requests/s`, figure: tally.requests / seconds, unit: "requests/s", budget: "—" },
    { name: `${name}: save p50`, figure: percentile(saves, 50), unit: "ms", budget: "—" },
    { name: `${name}: save p95`, figure: percentile(saves, 95), unit: "ms", budget: saveBudget },
    { name: `${name}: save p99`, figure: percentile(saves, 99), unit: "ms", budget: "—" },
    { name: `${name}: errors`, figure: tally.errorCount(), unit: `requests (${tally.describeErrors()})`, budget: "0" },
  ];
}
