// Workspace rendering bench: opens a 100,000-character article with 2,000 spans in Debian's
// Chromium and measures, for each renderer (inline elements vs CSS Custom Highlights), the open
// time, the paint after a label key, scroll frames, the JS heap and the DOM size.
// Needs a running server seeded with the demo workspace (figures from `next dev` run several
// times slower than from `next start`) and its database file, for the spans:
//   BENCH_BASE_URL=http://localhost:3301 DATABASE_URL=/tmp/ws/claimdesk.db npx tsx bench/workspace.bench.ts
// BENCH_DOCUMENT_ID=n measures a document of an earlier run again.
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
  const documentId = Number(process.env.BENCH_DOCUMENT_ID) || (await prepareDocument(api));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const context = await browser.newContext({ storageState: await api.storageState(), viewport: { width: 1366, height: 900 } });
  // tsx compiles the functions handed to page.evaluate with esbuild's name helper; define it in the page.
  await context.addInitScript({ content: "window.__name = (f) => f;" });
  // Both renderers are measured turn about, so that a busy machine weighs on both alike.
  const pages = await Promise.all(modes.map(() => context.newPage()));
  const urls = modes.map((mode) => `${baseURL}/documents/${documentId}/annotate?render=${mode}`);
  const samples = modes.map(() => ({ opens: [] as number[], paints: [] as number[], frames: [] as number[] }));
  for (const [m, page] of pages.entries()) await measureOpen(page, urls[m]!); // Warm-up.
  for (let run = 0; run < 7; run++) {
    for (const [m, page] of pages.entries()) samples[m]!.opens.push(await measureOpen(page, urls[m]!));
  }
  for (let i = 0; i < 20; i++) {
    for (const [m, page] of pages.entries()) samples[m]!.paints.push(await measurePaintAfterKey(page, i));
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const [m, page] of pages.entries()) samples[m]!.frames.push(...(await measureScroll(page)));
  }
  const rows: string[] = [];
  for (const [m, mode] of modes.entries()) {
    const { opens, paints, frames } = samples[m]!;
    const memory = await measureMemory(pages[m]!);
    const slow = frames.filter((f) => f > 25).length;
    console.error(`${mode}: open ${opens.map(Math.round).join(", ")} ms; key→paint ${paints.map(Math.round).join(", ")} ms`);
    rows.push(
      `| ${mode.padEnd(10)} | ${fixed(median(opens))} | ${fixed(median(paints))} | ${fixed(percentile(paints, 95))} | ${fixed(median(frames))} | ${fixed(percentile(frames, 95))} | ${fixed(Math.max(...frames))} | ${String(slow).padStart(4)}/${String(frames.length).padEnd(4)} | ${fixed(memory.heapMb)} | ${String(memory.nodes).padStart(6)} |`,
    );
  }
  console.log(
    [
      "| renderer   | open ms  | key→paint p50 | p95 | frame p50 | p95 | max | frames >25ms | heap MB | DOM nodes |",
      "|------------|----------|----------|----------|----------|----------|----------|-----------|----------|--------|",
      ...rows,
    ].join("\n"),
  );
  console.log(`Open: navigation start to the first frame with every mark (median of 7), against ${baseURL}.`);
  await browser.close();
  await api.dispose();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
