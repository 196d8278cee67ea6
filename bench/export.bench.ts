import { spawnSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { getDb } from "@/db/client";
import { engineKindOf } from "@/db/engine-kind";
import { firstRow } from "@/db/first-row";
import { annotations, claims, documents, entityTypes } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { exportProject } from "@/lib/server/export/export-project";
import { type BenchRow, peakRssMb } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { insertRows, insertRowsReturningIds, settleAfterBulkInsert } from "./bulk-insert";
import { paragraph, seededRandom } from "./generate-articles";

const documentCount = 50_000;
const spansPerDocument = 20;
const MB = 1024 * 1024;

const documentsPerBatch = 500;

/** Documents with ~1,500 characters and 20 gold spans each (alternating entity and claim), in bulk. */
async function seedProject(projectId: number, authorId: number): Promise<void> {
  const db = getDb();
  const type = firstRow(
    await db.insert(entityTypes).values({ projectId, key: "PER", name: "Person", color: "#2563eb" }).returning({ id: entityTypes.id }),
  );
  const claim = firstRow(
    await db
      .insert(claims)
      .values({ projectId, statement: "Sanctions work", status: "approved", createdAt: new Date(0), updatedAt: new Date(0) })
      .returning({ id: claims.id }),
  );
  const random = seededRandom(11);
  const epoch = new Date(0);
  for (let start = 0; start < documentCount; start += documentsPerBatch) {
    const batch = Array.from({ length: Math.min(documentsPerBatch, documentCount - start) }, (_, k) => {
      // The code points live only while their document's spans are cut: the seed stays small next to the export.
      const codePoints = Array.from(paragraph(random, 1500));
      const step = Math.floor(codePoints.length / spansPerDocument);
      const spans = Array.from({ length: spansPerDocument }, (_, s) => {
        const spanStart = s * step;
        const end = spanStart + Math.min(step, 12 + (s % 30));
        const isClaim = s % 2 === 1;
        return {
          projectId,
          authorId,
          set: "gold" as const,
          layer: isClaim ? ("claim" as const) : ("entity" as const),
          start: spanStart,
          end,
          quote: codePoints.slice(spanStart, end).join(""),
          entityTypeId: isClaim ? null : type.id,
          claimId: isClaim ? claim.id : null,
          stance: isClaim ? "favor" : null,
          createdAt: epoch,
          updatedAt: epoch,
        };
      });
      const document = {
        projectId,
        title: `Article ${start + k}`,
        text: codePoints.join(""),
        chars: codePoints.length,
        language: "en",
        publishedAt: "2022-10",
        metadata: {},
        contentHash: `bench-export-${start + k}`,
        createdAt: epoch,
      };
      return { document, spans };
    });
    const documentIds = await insertRowsReturningIds(
      documents,
      batch.map((entry) => entry.document),
    );
    const spans = batch.flatMap((entry, k) => entry.spans.map((span) => ({ ...span, documentId: documentIds[k] ?? 0 })));
    await insertRows(annotations, spans);
  }
}

/** Exposes gc() so that the baseline is taken on a settled heap. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

const dumpQuery = `SELECT id, document_id, "set", layer, start, "end", quote, entity_type_id, claim_id, stance FROM annotations`;

/**
 * A plain dump of the same spans with the engine's own client, the floor any exporter is compared
 * with: `sqlite3 -json`, or psql printing each row as JSON. Null when the client is not installed.
 */
function plainDump(databaseUrl: string): { tool: string; seconds: number; bytes: number } | null {
  const postgres = engineKindOf(databaseUrl) === "postgres";
  const tool = postgres ? "psql row_to_json" : "sqlite3 -json";
  const command = postgres
    ? `psql "$1" -X -q -A -t -c "SELECT row_to_json(s) FROM ($2) s" | wc -c`
    : `sqlite3 -json "$1" "$2" | wc -c`;
  const began = performance.now();
  const run = spawnSync("sh", ["-c", command, "sh", databaseUrl, dumpQuery], { encoding: "utf8" });
  const bytes = Number(run.stdout.trim());
  // A client that is missing or fails writes nothing for wc to count.
  if (run.status !== 0 || run.error || !(bytes > 0)) return null;
  return { tool, seconds: (performance.now() - began) / 1000, bytes };
}

/** One JSONL export of the gold set into a null sink: its time, size and peak RSS growth. */
async function timeExport(caller: Caller, projectId: number): Promise<{ seconds: number; bytes: number; rssGrowth: number }> {
  collectGarbage();
  const baseRss = process.memoryUsage.rss();
  let peakRss = baseRss;
  let bytes = 0;
  let chunks = 0;
  const began = performance.now();
  const result = await exportProject({ caller, projectId, format: "jsonl", filters: { set: "gold" } });
  for await (const chunk of result.chunks) {
    bytes += chunk.byteLength;
    // Sampled every fifth chunk (one per 200 documents): cheap next to the export itself.
    if (++chunks % 5 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  return { seconds: (performance.now() - began) / 1000, bytes, rssGrowth: peakRss - baseRss };
}

/** JSONL export of 50,000 documents and 1,000,000 spans through the service into a null sink. */
export async function benchExport(): Promise<BenchRow[]> {
  const { caller, projectId } = await createBenchWorkspace("export");
  const seedBegan = performance.now();
  await seedProject(projectId, caller.id);
  const seedSeconds = (performance.now() - seedBegan) / 1000;
  await settleAfterBulkInsert();

  // The first export also starts the worker thread, which compiles its modules; a server pays
  // that once, so the steady figures are the second export's.
  const cold = await timeExport(caller, projectId);
  const warm = await timeExport(caller, projectId);
  const { seconds, bytes } = warm;
  const exportMbPerSecond = bytes / MB / seconds;

  const dump = plainDump(process.env.DATABASE_URL ?? "");
  return [
    { name: "export: seed 50,000 documents + 1,000,000 spans (bulk insert)", figure: seedSeconds, unit: "s", budget: "—" },
    { name: "export: JSONL size", figure: bytes / MB, unit: "MB", budget: "—" },
    { name: "export: JSONL first export (starts the worker thread)", figure: cold.seconds, unit: "s", budget: "—" },
    { name: "export: JSONL export (worker running)", figure: seconds, unit: "s", budget: "—" },
    { name: "export: JSONL throughput", figure: exportMbPerSecond, unit: "MB/s", budget: "≥ 30" },
    { name: "export: JSONL spans per second", figure: (documentCount * spansPerDocument) / seconds, unit: "spans/s", budget: "—" },
    // The export runs in a worker thread of this process: RSS counts its memory too.
    { name: "export: peak RSS growth during export", figure: Math.max(cold.rssGrowth, warm.rssGrowth) / MB, unit: "MB", budget: "< 150" },
    ...(dump
      ? [
          { name: `export: ${dump.tool} dump of the spans`, figure: dump.seconds, unit: "s", budget: "—" },
          { name: `export: ${dump.tool} dump throughput`, figure: dump.bytes / MB / dump.seconds, unit: "MB/s", budget: "—" },
          { name: `export: JSONL export time ÷ ${dump.tool} dump time`, figure: seconds / dump.seconds, unit: "×", budget: "≤ 2" },
        ]
      : [{ name: "export: the database's client (sqlite3 or psql) is missing, no dump comparison", figure: Number.NaN, unit: "—", budget: "—" }]),
    { name: "export: peak RSS (whole bench)", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
