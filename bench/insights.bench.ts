import { emptyInsightsFilter, type InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { getCoverageInsights } from "@/lib/server/insights/get-coverage-insights";
import { getEvidenceInsights } from "@/lib/server/insights/get-evidence-insights";
import { getNetworkInsights } from "@/lib/server/insights/get-network-insights";
import { getProgressInsights } from "@/lib/server/insights/get-progress-insights";
import { getStanceInsights } from "@/lib/server/insights/get-stance-insights";
import { type BenchRow, peakRssMb, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { seedInsightsProject } from "./insights-fixture";

const runs = 20;
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
