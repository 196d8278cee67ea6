import { spawnSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { getDb } from "@/db/client";
import { exportProject } from "@/lib/server/export/export-project";
import { type BenchRow, peakRssMb } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { paragraph, seededRandom } from "./generate-articles";

const documentCount = 50_000;
const spansPerDocument = 20;
const MB = 1024 * 1024;

/** Documents with ~1,500 characters and 20 gold spans each (alternating entity and claim), raw SQL. */
function seedProject(projectId: number, authorId: number): void {
  const sqlite = getDb().$client;
  const typeId = Number(
    sqlite.prepare("INSERT INTO entity_types (project_id, key, name, color) VALUES (?, 'PER', 'Person', '#2563eb')").run(projectId)
      .lastInsertRowid,
  );
  const claimId = Number(
    sqlite.prepare("INSERT INTO claims (project_id, statement, status, created_at, updated_at) VALUES (?, 'Sanctions work', 'approved', 0, 0)")
      .run(projectId).lastInsertRowid,
  );
  const insertDocument = sqlite.prepare(
    `INSERT INTO documents (project_id, title, text, chars, language, published_at, metadata, content_hash, created_at)
     VALUES (?, ?, ?, ?, 'en', '2022-10', '{}', ?, 0)`,
  );
  const insertSpan = sqlite.prepare(
    `INSERT INTO annotations (project_id, document_id, author_id, "set", layer, start, "end", quote, entity_type_id, claim_id, stance,
       note, origin, version, created_at, updated_at)
     VALUES (?, ?, ?, 'gold', ?, ?, ?, ?, ?, ?, ?, '', 'manual', 1, 0, 0)`,
  );
  const random = seededRandom(11);
  sqlite.transaction(() => {
    for (let i = 0; i < documentCount; i++) {
      const text = paragraph(random, 1500);
      const codePoints = Array.from(text);
      const documentId = Number(insertDocument.run(projectId, `Article ${i}`, text, codePoints.length, `bench-export-${i}`).lastInsertRowid);
      const step = Math.floor(codePoints.length / spansPerDocument);
      for (let s = 0; s < spansPerDocument; s++) {
        const start = s * step;
        const end = start + Math.min(step, 12 + (s % 30));
        const isClaim = s % 2 === 1;
        insertSpan.run(
          projectId, documentId, authorId, isClaim ? "claim" : "entity", start, end, codePoints.slice(start, end).join(""),
          isClaim ? null : typeId, isClaim ? claimId : null, isClaim ? "favor" : null,
        );
      }
    }
  })();
}

/** Exposes gc() so that the baseline is taken on a settled heap. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** A plain `sqlite3 -json` dump of the same spans: the floor any exporter is compared with. */
function sqliteJsonDump(file: string): { seconds: number; bytes: number } | null {
  const query = `SELECT id, document_id, "set", layer, start, "end", quote, entity_type_id, claim_id, stance FROM annotations`;
  const began = performance.now();
  const run = spawnSync("sh", ["-c", `sqlite3 -json "$1" "$2" | wc -c`, "sh", file, query], { encoding: "utf8" });
  if (run.status !== 0 || run.error) return null;
  return { seconds: (performance.now() - began) / 1000, bytes: Number(run.stdout.trim()) };
}

/** JSONL export of 50,000 documents and 1,000,000 spans through the service into a null sink. */
export function benchExport(): BenchRow[] {
  const { caller, projectId } = createBenchWorkspace("export");
  const seedBegan = performance.now();
  seedProject(projectId, caller.id);
  const seedSeconds = (performance.now() - seedBegan) / 1000;
  getDb().$client.pragma("wal_checkpoint(TRUNCATE)");

  collectGarbage();
  const baseRss = process.memoryUsage.rss();
  const baseHeap = process.memoryUsage().heapUsed;
  let peakRss = baseRss;
  let peakHeap = baseHeap;
  let bytes = 0;
  let chunks = 0;
  const began = performance.now();
  const result = exportProject({ caller, projectId, format: "jsonl", filters: { set: "gold" } });
  for (const chunk of result.chunks) {
    bytes += chunk.byteLength;
    // Sampled every chunk (one per 200 documents): cheap next to the export itself.
    if (++chunks % 5 === 0) {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
  }
  const seconds = (performance.now() - began) / 1000;
  const exportMbPerSecond = bytes / MB / seconds;

  const dump = sqliteJsonDump(process.env.DATABASE_URL ?? "");
  return [
    { name: "export: seed 50,000 documents + 1,000,000 spans (raw SQL)", figure: seedSeconds, unit: "s", budget: "—" },
    { name: "export: JSONL size", figure: bytes / MB, unit: "MB", budget: "—" },
    { name: "export: JSONL throughput", figure: exportMbPerSecond, unit: "MB/s", budget: "≥ 30" },
    { name: "export: JSONL spans per second", figure: (documentCount * spansPerDocument) / seconds, unit: "spans/s", budget: "—" },
    { name: "export: peak RSS growth during export", figure: (peakRss - baseRss) / MB, unit: "MB", budget: "< 150" },
    { name: "export: peak heap growth during export", figure: (peakHeap - baseHeap) / MB, unit: "MB", budget: "< 150" },
    ...(dump
      ? [
          { name: "export: sqlite3 -json dump of the spans", figure: dump.seconds, unit: "s", budget: "—" },
          { name: "export: sqlite3 -json dump throughput", figure: dump.bytes / MB / dump.seconds, unit: "MB/s", budget: "—" },
          { name: "export: JSONL export time ÷ sqlite3 dump time", figure: seconds / dump.seconds, unit: "×", budget: "—" },
        ]
      : [{ name: "export: sqlite3 binary missing, no dump comparison", figure: Number.NaN, unit: "—", budget: "—" }]),
    { name: "export: peak RSS (whole bench)", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
