// Adjudication view bench: three annotators' submitted sets of 2,000 spans each on a
// 100,000-character article, opened in Debian's Chromium at /documents/{id}/review. "Ready" is the
// page's `data-ready` marker, set once hydrated with every candidate listed and painted; the time
// runs from navigation start to the first frame after it.
// `npm run bench -- adjudication` runs it against a server of its own (bench/app-server.ts);
// standalone, against a server you started (`npm start`) and its database (a file or a postgres:// URL):
//   BENCH_BASE_URL=http://localhost:3000 DATABASE_URL=./data/claimdesk.db npx tsx --conditions=react-server bench/adjudication.bench.ts
// BENCH_DOCUMENT_ID=n measures a document of an earlier run again.
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import { getEngine } from "@/db/client";
import { insertSubmittedSets } from "./adjudication-fixture";
import type { AppServer } from "./app-server";
import { demoAccounts, openSignedInBrowser, signInApi } from "./app-sign-in";
import { type BenchRow, percentile } from "./bench-row";
import { demoProjectLabels, generateArticle, importDocument } from "./workspace-fixture";
import { measureMemory, measureOpen } from "./workspace-measure";

const annotators = 3;
const spansPerAnnotator = 2_000;
const runs = 9;

/** Imports the article into the demo project, adds the submitted sets and starts the review. */
async function prepareDocument(api: APIRequestContext): Promise<number> {
  const { projectId, entityTypeIds, stances } = await demoProjectLabels(api);
  const article = generateArticle(100_000, `adjudication ${new Date().toISOString()}`);
  const documentId = await importDocument(api, projectId, "Adjudication bench (100,000 characters)", article.text);
  await insertSubmittedSets({
    projectId,
    documentId,
    entityTypeIds,
    stances,
    article,
    annotators,
    count: spansPerAnnotator,
  });
  // Started, so that the agreed candidates are pre-accepted and the gold set is painted too.
  const started = await api.post(`/api/documents/${documentId}/review`, { data: { action: "start", force: true } });
  if (!started.ok()) throw new Error(`Starting the review failed: ${started.status()} ${await started.text()}`);
  const review = (await started.json()) as { candidates: unknown[]; gold: unknown[] };
  console.error(`Document ${documentId}: ${review.candidates.length} candidates, ${review.gold.length} gold spans`);
  return documentId;
}

/** Opens the adjudication view of a large document again and again; figures in ms and MB. */
export async function benchAdjudicationView(server: AppServer): Promise<BenchRow[]> {
  const api = await signInApi(server.baseURL, demoAccounts.admin);
  const documentId = Number(process.env.BENCH_DOCUMENT_ID) || (await prepareDocument(api));
  const { browser, context } = await openSignedInBrowser(api);
  try {
    const page = await context.newPage();
    const url = `${server.baseURL}/documents/${documentId}/review`;
    await measureOpen(page, url); // Warm-up.
    const opens: number[] = [];
    for (let run = 0; run < runs; run++) opens.push(await measureOpen(page, url));
    const memory = await measureMemory(page);
    console.error(`adjudication view: open ${opens.map(Math.round).join(", ")} ms`);
    const what = `${annotators} × ${spansPerAnnotator.toLocaleString("en")} spans, 100,000 chars`;
    return [
      { name: `adjudication view: open, ${what}, p50`, figure: percentile(opens, 50), unit: "ms", budget: "< 1,500" },
      { name: `adjudication view: open, ${what}, p95`, figure: percentile(opens, 95), unit: "ms", budget: "—" },
      { name: "adjudication view: JS heap after open", figure: memory.heapMb, unit: "MB", budget: "—" },
      { name: "adjudication view: DOM nodes", figure: memory.nodes, unit: "nodes", budget: "—" },
    ];
  } finally {
    await browser.close();
    await api.dispose();
  }
}

async function main(): Promise<void> {
  const rows = await benchAdjudicationView({ baseURL: process.env.BENCH_BASE_URL ?? "http://localhost:3000" });
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.figure.toLocaleString("en", { maximumFractionDigits: 1 })} | ${row.unit} | ${row.budget} |`);
  }
  await getEngine().close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
