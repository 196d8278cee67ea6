// Workspace rendering bench: opens a 100,000-character article with 2,000 spans in Debian's
// Chromium and measures, for each renderer (CSS Custom Highlights vs inline elements with
// content-visibility), the open time, the paint after a label key, scroll frames and the heap.
// Needs a running dev server seeded with the demo workspace:
//   BENCH_BASE_URL=http://localhost:3301 DATABASE_URL=/tmp/ws/claimdesk.db npx tsx bench/workspace.bench.ts
import { chromium, request } from "@playwright/test";
import { percentile } from "./bench-row";
import { generateArticle, importDocument, insertSpans } from "./workspace-fixture";
import { measureMemory, measureOpen, measurePaintAfterKey, measureScroll } from "./workspace-measure";

const baseURL = process.env.BENCH_BASE_URL ?? "http://localhost:3301";
const databasePath = process.env.DATABASE_URL ?? "./data/claimdesk.db";
const admin = { email: "admin@example.com", password: "claimdesk-demo" };
const modes = ["highlights", "segments"] as const;

async function signedInApi() {
  const api = await request.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: admin.email, password: admin.password, json: "true" } });
  return api;
}

async function prepareDocument(api: Awaited<ReturnType<typeof signedInApi>>): Promise<number> {
  const { items } = (await (await api.get("/api/projects")).json()) as { items: { id: number; name: string }[] };
  const project = items.find((p) => p.name === "Kazakhstan and the sanctions");
  if (!project) throw new Error("The demo project is missing; run scripts/db-setup.ts with CLAIMDESK_DEMO=1");
  const schema = (await (await api.get(`/api/projects/${project.id}/schema`)).json()) as {
    entityTypes: { id: number }[];
    stanceLabels: { key: string }[];
  };
  const article = generateArticle(100_000, new Date().toISOString());
  const documentId = await importDocument(api, project.id, "Workspace bench (100,000 characters)", article.text);
  insertSpans({
    databasePath,
    documentId,
    projectId: project.id,
    authorEmail: admin.email,
    entityTypeIds: schema.entityTypes.map((t) => t.id),
    stances: schema.stanceLabels.map((s) => s.key),
    article,
    count: 2000,
  });
  console.log(`Document ${documentId}: ${article.text.length.toLocaleString("en")} UTF-16 units, 2,000 spans`);
  return documentId;
}

const median = (samples: number[]) => percentile(samples, 50);
const fixed = (value: number) => value.toFixed(1).padStart(8);

async function main(): Promise<void> {
  const api = await signedInApi();
  const documentId = await prepareDocument(api);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const context = await browser.newContext({ storageState: await api.storageState(), viewport: { width: 1366, height: 900 } });
  const rows: string[] = [];
  for (const mode of modes) {
    const page = await context.newPage();
    const url = `${baseURL}/documents/${documentId}/annotate?render=${mode}`;
    await measureOpen(page, url); // Warm-up: the dev server compiles on first request.
    const opens: number[] = [];
    for (let run = 0; run < 5; run++) opens.push(await measureOpen(page, url));
    const memory = await measureMemory(page);
    const paints: number[] = [];
    for (let i = 0; i < 15; i++) paints.push(await measurePaintAfterKey(page, i));
    const frames = await measureScroll(page);
    const slow = frames.filter((f) => f > 25).length;
    rows.push(
      `| ${mode.padEnd(10)} | ${fixed(median(opens))} | ${fixed(median(paints))} | ${fixed(percentile(paints, 95))} | ${fixed(median(frames))} | ${fixed(percentile(frames, 95))} | ${fixed(Math.max(...frames))} | ${String(slow).padStart(4)}/${String(frames.length).padEnd(4)} | ${fixed(memory.heapMb)} | ${String(memory.nodes).padStart(6)} |`,
    );
    await page.close();
  }
  console.log(
    [
      "| renderer   | open ms  | key→paint p50 | p95 | frame p50 | p95 | max | frames >25ms | heap MB | DOM nodes |",
      "|------------|----------|----------|----------|----------|----------|----------|-----------|----------|--------|",
      ...rows,
    ].join("\n"),
  );
  console.log("Open: navigation start to the first frame with every mark (median of 5). Figures from `next dev` (development React).");
  await browser.close();
  await api.dispose();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
