// Workspace rendering bench: opens a 100,000-character article with 2,000 spans in Debian's
// Chromium and measures, for each renderer (CSS Custom Highlights vs inline elements), the open
// time, the paint after a label key, scroll frames, the JS heap and the DOM size.
// `npm run bench -- workspace` runs it alone against a production server of its own (bench/app-server.ts).
// Against a server already running, seeded with the demo workspace, and its database (a file or a postgres:// URL):
//   BENCH_BASE_URL=http://localhost:3000 DATABASE_URL=./data/claimdesk.db npx tsx --conditions=react-server bench/workspace.bench.ts
// (BENCH_DOCUMENT_ID=n measures a document of an earlier run again).
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import { getEngine } from "@/db/client";
import type { AppServer } from "./app-server";
import { demoAccounts, openSignedInBrowser, signInApi } from "./app-sign-in";
import { type BenchRow, percentile } from "./bench-row";
import { demoProjectLabels, generateArticle, importDocument, insertSpans } from "./workspace-fixture";
import { measureMemory, measureOpen, measurePaintAfterKey, measureScroll } from "./workspace-measure";

const modes = ["highlights", "segments"] as const;
const openRuns = 7;
const keyRuns = 60;
/** A frame slower than this drops below 40 frames a second: visible as a stutter. */
const slowFrameMs = 25;

async function prepareDocument(api: APIRequestContext): Promise<number> {
  const { projectId, entityTypeIds, stances } = await demoProjectLabels(api);
  const article = generateArticle(100_000, new Date().toISOString());
  const documentId = await importDocument(api, projectId, "Workspace bench (100,000 characters)", article.text);
  await insertSpans({
    documentId,
    projectId,
    authorEmail: demoAccounts.admin,
    entityTypeIds,
    stances,
    article,
    count: 2000,
  });
  return documentId;
}

/** Opens, marks and scrolls the document in both renderers, turn about, and returns the figures. */
export async function benchWorkspace(server: AppServer, documentId?: number): Promise<BenchRow[]> {
  const api = await signInApi(server.baseURL, demoAccounts.admin);
  const id = documentId ?? (await prepareDocument(api));
  const { browser, context } = await openSignedInBrowser(api);
  try {
    // Both renderers are measured turn about, so that a busy machine weighs on both alike.
    const pages = await Promise.all(modes.map(() => context.newPage()));
    const urls = modes.map((mode) => `${server.baseURL}/documents/${id}/annotate?render=${mode}`);
    const samples = modes.map(() => ({ opens: [] as number[], paints: [] as number[], frames: [] as number[] }));
    for (const [m, page] of pages.entries()) await measureOpen(page, urls[m]!); // Warm-up.
    for (let run = 0; run < openRuns; run++) {
      for (const [m, page] of pages.entries()) samples[m]!.opens.push(await measureOpen(page, urls[m]!));
    }
    for (let i = 0; i < keyRuns; i++) {
      for (const [m, page] of pages.entries()) samples[m]!.paints.push(await measurePaintAfterKey(page, i));
    }
    for (let pass = 0; pass < 2; pass++) {
      for (const [m, page] of pages.entries()) samples[m]!.frames.push(...(await measureScroll(page)));
    }
    const rows: BenchRow[] = [];
    for (const [m, mode] of modes.entries()) {
      const { opens, paints, frames } = samples[m]!;
      const memory = await measureMemory(pages[m]!);
      console.error(`workspace ${mode}: open ${opens.map(Math.round).join(", ")} ms; key → painted ${paints.map(Math.round).join(", ")} ms`);
      const name = `workspace ${mode}: 100,000 chars, 2,000 spans`;
      rows.push(
        { name: `${name}, open p50`, figure: percentile(opens, 50), unit: "ms", budget: "—" },
        { name: `${name}, open p95`, figure: percentile(opens, 95), unit: "ms", budget: "< 1000" },
        { name: `${name}, key → painted p50`, figure: percentile(paints, 50), unit: "ms", budget: "—" },
        { name: `${name}, key → painted p95`, figure: percentile(paints, 95), unit: "ms", budget: "< 50" },
        { name: `${name}, scroll frames > ${slowFrameMs} ms`, figure: frames.filter((f) => f > slowFrameMs).length, unit: `of ${frames.length} frames`, budget: "few" },
        { name: `${name}, JS heap`, figure: memory.heapMb, unit: "MB", budget: "—" },
        { name: `${name}, DOM nodes`, figure: memory.nodes, unit: "nodes", budget: "—" },
      );
    }
    return rows;
  } finally {
    await browser.close();
    await api.dispose();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = { baseURL: process.env.BENCH_BASE_URL ?? "http://localhost:3000" };
  benchWorkspace(server, Number(process.env.BENCH_DOCUMENT_ID) || undefined)
    .then(async (rows) => {
      console.table(rows);
      await getEngine().close();
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
