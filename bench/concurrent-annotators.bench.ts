// Concurrent annotators: 50 annotators, each with its own API token, create, edit and delete
// spans and set stances on their own documents through the JSON API of production servers
// (`next start`) for BENCH_SECONDS (60 by default): against one server, and on PostgreSQL also
// against two servers sharing the database, the annotators split between them. Each annotator
// thinks between requests for BENCH_THINK_MS on average (1,000 ms: a person saves far less often),
// one request at a time; a last phase without pauses finds the capacity of one server. Afterwards
// every acknowledged write must be in the database. Loopback only.
import { getEngine } from "@/db/client";
import { annotatorRows, runAnnotators } from "./annotator-phase";
import { AnnotatorSession } from "./annotator-session";
import { withAppServers } from "./app-server";
import type { BenchRow } from "./bench-row";
import { createBenchAnnotators } from "./concurrent-annotators-fixture";
import { checkAcknowledgedWrites } from "./lost-writes";

const annotatorCount = 50;
const documentsEach = 2;
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const thinkMs = Number(process.env.BENCH_THINK_MS ?? 1000);
const capacitySeconds = Math.min(seconds, 20);

export async function benchConcurrentAnnotators(): Promise<BenchRow[]> {
  const serverCount = getEngine().kind === "postgres" ? 2 : 1;
  return withAppServers(serverCount, async (servers) => {
    const { annotators, entityTypeId, claimId } = await createBenchAnnotators(annotatorCount, documentsEach);
    const sessions = annotators.map((annotator) => new AnnotatorSession(annotator, entityTypeId, claimId));
    const name = (label: string) => `concurrent annotators (${annotatorCount}), ${label}`;
    const rows: BenchRow[] = [];
    const paced = `1 server, ${thinkMs.toLocaleString("en")} ms think time`;
    const one = await runAnnotators(sessions, servers.slice(0, 1), { seconds, thinkMs });
    rows.push(...annotatorRows(name(paced), one.tally, one.seconds, "< 50"));
    if (servers.length > 1) {
      const both = await runAnnotators(sessions, servers, { seconds, thinkMs });
      rows.push(...annotatorRows(name(`${servers.length} servers, ${thinkMs.toLocaleString("en")} ms think time`), both.tally, both.seconds, "< 50"));
    }
    const capacity = await runAnnotators(sessions, servers.slice(0, 1), { seconds: capacitySeconds, thinkMs: 0 });
    rows.push(...annotatorRows(name("1 server, no think time (capacity)"), capacity.tally, capacity.seconds, "—"));
    rows.push(...(await checkAcknowledgedWrites(sessions)).map((row) => ({ ...row, name: `concurrent annotators: ${row.name}` })));
    return rows;
  });
}
