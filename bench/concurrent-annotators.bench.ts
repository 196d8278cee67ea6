// Concurrent annotators: 50 annotators, each with its own API token, create, edit and delete
// spans on their own documents through the JSON API of production servers (`next start`) for
// BENCH_SECONDS (60 by default): against one server, and on PostgreSQL also against two servers
// sharing the database, the annotators split between them. Afterwards every acknowledged write
// must be in the database. Loopback only; each annotator sends one request at a time.
import { inArray } from "drizzle-orm";
import { getDb, getEngine } from "@/db/client";
import { annotations } from "@/db/schema";
import { type AcknowledgedSpan, AnnotatorSession, type SessionTally } from "./annotator-session";
import { type AppServer, withAppServers } from "./app-server";
import { type BenchRow, percentile } from "./bench-row";
import { createBenchAnnotators } from "./concurrent-annotators-fixture";

const annotatorCount = 50;
const documentsEach = 2;
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
// A bound besides the time: no run sends more than this, whatever the servers' pace.
const maxRequests = 500_000;

function errorsUnit(tallies: SessionTally[]): string {
  const byStatus = new Map<string, number>();
  for (const tally of tallies) for (const [status, n] of tally.errors) byStatus.set(status, (byStatus.get(status) ?? 0) + n);
  const parts = [...byStatus].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status} × ${n.toLocaleString("en")}`);
  return parts.length === 0 ? "requests" : `requests (${parts.join(", ")})`;
}

/** All sessions at once against `servers` (annotator k on server k mod n) for the bench's time. */
async function runPhase(sessions: AnnotatorSession[], servers: AppServer[], label: string): Promise<BenchRow[]> {
  const at = (k: number) => servers[k % servers.length]?.baseURL ?? "";
  await Promise.all(sessions.map((session, k) => session.warmUp(at(k))));
  const began = performance.now();
  const deadline = began + seconds * 1000;
  const perSession = Math.ceil(maxRequests / sessions.length);
  const tallies = await Promise.all(sessions.map((session, k) => session.work(at(k), deadline, perSession)));
  const elapsed = (performance.now() - began) / 1000;
  const requests = tallies.reduce((sum, t) => sum + t.requests, 0);
  const saves = tallies.flatMap((t) => t.saves);
  const errors = tallies.reduce((sum, t) => sum + [...t.errors.values()].reduce((a, b) => a + b, 0), 0);
  console.error(`${label}: ${requests} requests in ${elapsed.toFixed(1)} s, ${errors} errors`);
  const failed = tallies.some((t) => [...t.errors.keys()].some((status) => status.startsWith("5")));
  if (failed) for (const server of servers) console.error(`${server.baseURL} printed:\n${server.output?.() ?? ""}`);
  const name = `concurrent annotators (${annotatorCount}), ${label}`;
  return [
    { name: `${name}: requests/s`, figure: requests / elapsed, unit: "requests/s", budget: "—" },
    { name: `${name}: save p50`, figure: percentile(saves, 50), unit: "ms", budget: "—" },
    { name: `${name}: save p95`, figure: percentile(saves, 95), unit: "ms", budget: "—" },
    { name: `${name}: save p99`, figure: percentile(saves, 99), unit: "ms", budget: "—" },
    { name: `${name}: errors`, figure: errors, unit: errorsUnit(tallies), budget: "0" },
  ];
}

/** Compares what the servers acknowledged with what the database holds; returns the spans that differ. */
async function findLostWrites(sessions: AnnotatorSession[]): Promise<{ checked: number; lost: number }> {
  const expected = new Map<number, AcknowledgedSpan>();
  for (const session of sessions) for (const [id, span] of session.spans) expected.set(id, span);
  const ids = [...expected.keys()];
  let lost = 0;
  for (let start = 0; start < ids.length; start += 1000) {
    const rows = await getDb()
      .select({ id: annotations.id, version: annotations.version, note: annotations.note, deletedAt: annotations.deletedAt })
      .from(annotations)
      .where(inArray(annotations.id, ids.slice(start, start + 1000)));
    const found = new Map(rows.map((row) => [row.id, row]));
    for (const id of ids.slice(start, start + 1000)) {
      const want = expected.get(id);
      const row = found.get(id);
      const holds =
        want !== undefined &&
        row !== undefined &&
        (want.uncertain
          ? row.version >= want.version
          : row.version === want.version && row.note === want.note && (row.deletedAt !== null) === want.deleted);
      if (!holds) {
        lost += 1;
        console.error(`span ${id}: acknowledged ${JSON.stringify(want)}, stored ${JSON.stringify(row ?? null)}`);
      }
    }
  }
  return { checked: ids.length, lost };
}

export async function benchConcurrentAnnotators(): Promise<BenchRow[]> {
  const serverCount = getEngine().kind === "postgres" ? 2 : 1;
  return withAppServers(serverCount, async (servers) => {
    const { annotators, entityTypeId } = await createBenchAnnotators(annotatorCount, documentsEach);
    const sessions = annotators.map((annotator) => new AnnotatorSession(annotator, entityTypeId));
    const rows = await runPhase(sessions, servers.slice(0, 1), "1 server");
    if (servers.length > 1) rows.push(...(await runPhase(sessions, servers, `${servers.length} servers`)));
    const acknowledged = sessions.reduce((sum, session) => sum + session.acknowledgedWrites, 0);
    const { checked, lost } = await findLostWrites(sessions);
    rows.push(
      { name: "concurrent annotators: acknowledged writes checked in the database", figure: acknowledged, unit: `writes on ${checked.toLocaleString("en")} spans`, budget: "—" },
      { name: "concurrent annotators: acknowledged writes missing or wrong", figure: lost, unit: "spans", budget: "0" },
    );
    return rows;
  });
}
