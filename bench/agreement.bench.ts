import { computeProjectAgreement } from "@/lib/server/agreement/compute-project-agreement";
import { annotatorCount, claimsPerAnnotator, documentCount, entitiesPerAnnotator, seedSubmissions } from "./agreement-fixture";
import { type BenchRow, peakRssMb, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";

const runs = 5;

/** The reviewer dashboard's figures over 10,000 documents × 3 annotators × 20 spans. */
export async function benchAgreement(): Promise<BenchRow[]> {
  const { caller, projectId } = await createBenchWorkspace("agreement");
  const seedBegan = performance.now();
  await seedSubmissions(projectId);
  const seedSeconds = (performance.now() - seedBegan) / 1000;
  const cpuSamples: number[] = [];
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = await computeProjectAgreement({ caller, projectId });
    samples.push(performance.now() - began);
    const cpu = process.cpuUsage(cpuBefore);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    if (report.documents !== documentCount) throw new Error(`Agreement used ${report.documents} documents, not ${documentCount}`);
  }
  const spanCount = documentCount * annotatorCount * (entitiesPerAnnotator + claimsPerAnnotator);
  return [
    { name: `agreement: seed ${spanCount.toLocaleString("en")} spans (bulk insert)`, figure: spanCount / seedSeconds, unit: "spans/s", budget: "—" },
    { name: "agreement: 10,000 docs × 3 annotators × 20 spans p50", figure: percentile(samples, 50), unit: "ms", budget: "—" },
    { name: "agreement: 10,000 docs × 3 annotators × 20 spans max", figure: Math.max(...samples), unit: "ms", budget: "< 2,000" },
    // CPU time (all threads, GC included) reads steadier than wall time on a busy machine.
    { name: "agreement: 10,000 docs × 3 annotators × 20 spans, CPU p50", figure: percentile(cpuSamples, 50), unit: "ms", budget: "—" },
    { name: "agreement: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
