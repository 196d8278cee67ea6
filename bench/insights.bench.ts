import { sql } from "drizzle-orm";
import { getEngine } from "@/db/client";
import { catalogEntities } from "@/db/schema";
import { emptyInsightsFilter, type InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { getCoverageInsights } from "@/lib/server/insights/get-coverage-insights";
import { getEvidenceInsights } from "@/lib/server/insights/get-evidence-insights";
import { getNetworkInsights } from "@/lib/server/insights/get-network-insights";
import { getProgressInsights } from "@/lib/server/insights/get-progress-insights";
import { getStanceInsights } from "@/lib/server/insights/get-stance-insights";
import { seedSubmissions } from "./agreement-fixture";
import { type BenchRow, peakRssMb, percentile } from "./bench-row";
import { insertRowsReturningIds, settleAfterBulkInsert } from "./bulk-insert";
import { createBenchWorkspace } from "./bench-workspace";

const runs = 20;
const claimantCount = 500;
const languages = ["en", "de", "pl", "zh", "ru", "fr"];
const sites = ["kurier.example", "steppe-observer.example", "daily.example", "gazeta.example", "xinwen.example"];

/**
 * The agreement benches' project (10,000 documents × 3 annotators × 20 spans) given what Insights
 * reads: dates over two years (one document in 25 undated), six languages, five sites, and a
 * claimant out of 500 catalog entities on every claim span.
 */
async function seedInsightsProject(projectId: number): Promise<void> {
  await seedSubmissions(projectId);
  const entityIds = await insertRowsReturningIds(
    catalogEntities,
    Array.from({ length: claimantCount }, (_, k) => ({ projectId, name: `Claimant ${k}` })),
  );
  const first = Math.min(...entityIds);
  if (Math.max(...entityIds) - first !== claimantCount - 1) throw new Error("The bench's claimants need consecutive ids");
  // Constants of the bench, spelled into the statements (CASE works on both engines).
  const months = Array.from({ length: 24 }, (_, k) => `WHEN ${k + 1} THEN '${2022 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}-15'`);
  const language = languages.map((tag, k) => `WHEN ${k} THEN '${tag}'`);
  const site = sites.map((host, k) => `WHEN ${k} THEN 'https://${host}/article'`);
  await runStatement(
    `UPDATE documents SET published_at = CASE id % 25 ${months.join(" ")} ELSE NULL END,
      language = CASE id % ${languages.length} ${language.join(" ")} END,
      source_url = CASE id % ${sites.length} ${site.join(" ")} END
      WHERE project_id = ${projectId}`,
  );
  await runStatement(
    `UPDATE annotations SET claimant_entity_id = ${first} + (id % ${claimantCount}) WHERE project_id = ${projectId} AND layer = 'claim'`,
  );
  await settleAfterBulkInsert();
}

async function runStatement(statement: string): Promise<void> {
  const engine = getEngine();
  if (engine.kind === "sqlite") await engine.connection.withConnection((sqlite) => sqlite.exec(statement));
  else await engine.db.execute(sql.raw(statement));
}

async function timed(work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    await work();
    samples.push(performance.now() - began);
  }
  return samples;
}

/** Each Insights view's answer time over 10,000 documents × 3 annotators × 20 spans, in-process. */
export async function benchInsights(): Promise<BenchRow[]> {
  const { caller, projectId } = await createBenchWorkspace("insights");
  await seedInsightsProject(projectId);
  const filter: InsightsFilter = emptyInsightsFilter;
  const network = await getNetworkInsights({ caller, projectId, filter });
  const heaviest = [...network.edges].sort((a, b) => b.count - a.count)[0];
  if (!heaviest) throw new Error("The bench's network has no edges");
  const evidenceFilter: InsightsFilter = { ...filter, claimant: [heaviest.source], claim: [Number(heaviest.target.slice(1))] };
  const views: [string, () => Promise<unknown>][] = [
    ["stance over time (month)", () => getStanceInsights({ caller, projectId, interval: "month", filter })],
    ["stance over time, German only", () => getStanceInsights({ caller, projectId, interval: "month", filter: { ...filter, language: ["de"] } })],
    ["actor × claim network", () => getNetworkInsights({ caller, projectId, filter })],
    ["evidence of the heaviest edge", () => getEvidenceInsights({ caller, projectId, filter: evidenceFilter })],
    ["coverage", () => getCoverageInsights({ caller, projectId, filter })],
    ["team progress", () => getProgressInsights({ caller, projectId })],
  ];
  const rows: BenchRow[] = [
    { name: "insights: network nodes / edges", figure: network.nodes.length, unit: `nodes (${network.edges.length} edges)`, budget: "—" },
  ];
  for (const [name, view] of views) {
    const samples = await timed(view);
    rows.push(
      { name: `insights: ${name} p50`, figure: percentile(samples, 50), unit: "ms", budget: "—" },
      { name: `insights: ${name} p95`, figure: percentile(samples, 95), unit: "ms", budget: "< 500" },
    );
  }
  rows.push({ name: "insights: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" });
  return rows;
}
