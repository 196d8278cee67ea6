// Insights page bench: the Insights tab of a 10,000-document × 3-annotator × 20-span project with
// 500 claimants and 200 claims, opened in Debian's Chromium against a production server of its
// own (bench/app-server.ts): the time until every chart is painted, and the frames while the
// actor × claim network is dragged for about two seconds.
// `npm run bench -- insights-page` runs it alone; BENCH_SCREENSHOT=<file.png> also saves the page.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { AppServer } from "./app-server";
import { demoAccounts, openSignedInBrowser, signInApi } from "./app-sign-in";
import { type BenchRow, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { insightsClaimantCount, insightsClaimCount, seedInsightsProject } from "./insights-fixture";

const loads = 5;
const panMs = 2000;
const pointerIntervalMs = 16;
/** A frame slower than this is a visible stutter while dragging. */
const slowFrameMs = 50;
/** The charts the page draws as SVG for this project (it has no gold, so no agreement chart). */
const charts = ["Stance over time", "Claimant × claim", "Coverage by language", "Coverage by source", "Submissions per day"];

/** Headless Chromium with WebGL (SwiftShader, as the end-to-end tests run it), signed in as the demo admin. */
async function openBrowser(baseURL: string): Promise<{ browser: Browser; context: BrowserContext }> {
  const api = await signInApi(baseURL, demoAccounts.admin);
  try {
    return await openSignedInBrowser(api, ["--enable-unsafe-swiftshader"]);
  } finally {
    await api.dispose();
  }
}

interface Ready {
  /** From navigation until every chart's SVG and the network's canvas are on the page, painted. */
  ready: number;
  /** From navigation until the last insights API answer arrived: the server's share of `ready`. */
  answered: number;
  /** Each insights request: from its start until its answer arrived, in ms. */
  requests: string[];
  /** When the server's HTML began to arrive, and when each chart first was on the page. */
  milestones: string[];
}

async function measureReady(page: Page, url: string): Promise<Ready> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    (names) => {
      const seen = ((window as unknown as { chartsSeen?: Record<string, number> }).chartsSeen ??= {});
      const selectors = [...names.map((name) => `[role="img"][aria-label="${name}"] svg`), '[data-testid="actor-network"] canvas'];
      for (const selector of selectors) if (!(selector in seen) && document.querySelector(selector)) seen[selector] = performance.now();
      return selectors.every((selector) => selector in seen);
    },
    charts,
    { polling: "raf", timeout: 120_000 },
  );
  // The frame after: what was put on the page is painted by then.
  return page.evaluate(
    () =>
      new Promise<Ready>((resolve) =>
        requestAnimationFrame(() => {
          const answers = performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/insights/")) as PerformanceResourceTiming[];
          const seen = (window as unknown as { chartsSeen?: Record<string, number> }).chartsSeen ?? {};
          const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
          resolve({
            milestones: [
              `HTML ${Math.round(navigation?.responseStart ?? 0)}`,
              `DOMContentLoaded ${Math.round(navigation?.domContentLoadedEventEnd ?? 0)}`,
              ...Object.entries(seen).map(([selector, at]) => `${/"([^"]+)"\][^"]*$/.exec(selector)?.[1] ?? selector} ${Math.round(at)}`),
            ],
            ready: performance.now(),
            answered: Math.max(0, ...answers.map((entry) => entry.responseEnd)),
            requests: answers.map((entry) => `${new URL(entry.name).pathname.split("/").pop()} ${Math.round(entry.startTime)}–${Math.round(entry.responseEnd)}`),
          });
        }),
      ),
  );
}

/** Drags the network about for `panMs` while the page records each frame's duration. */
async function measurePan(page: Page): Promise<number[]> {
  const network = page.getByTestId("actor-network");
  await network.scrollIntoViewIfNeeded();
  const box = await network.boundingBox();
  if (!box) throw new Error("The network is not on the page");
  await page.evaluate(() => {
    const frames: number[] = [];
    let last = performance.now();
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      if ((window as unknown as { panFrames?: number[] }).panFrames === frames) requestAnimationFrame(tick);
    };
    (window as unknown as { panFrames?: number[] }).panFrames = frames;
    requestAnimationFrame(tick);
  });
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  const began = performance.now();
  // A slow circle of 150 px, the pointer reporting about 60 times a second (a flood of events as
  // fast as the protocol goes would measure the flood): the camera follows the pointer throughout.
  while (performance.now() - began < panMs) {
    const angle = ((performance.now() - began) / panMs) * 2 * Math.PI;
    await page.mouse.move(centre.x + 150 * Math.sin(angle), centre.y + 150 * (1 - Math.cos(angle)) - 150);
    await page.waitForTimeout(pointerIntervalMs);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const holder = window as unknown as { panFrames?: number[] };
    const frames = holder.panFrames ?? [];
    delete holder.panFrames;
    // The first entry is the wait for the first frame, not a frame.
    return frames.slice(1);
  });
}

export async function benchInsightsPage(server: AppServer): Promise<BenchRow[]> {
  const { projectId } = await createBenchWorkspace("insights-page");
  await seedInsightsProject(projectId);
  const { browser, context } = await openBrowser(server.baseURL);
  try {
    const page = await context.newPage();
    const url = `${server.baseURL}/projects/${projectId}/insights`;
    const network = (await (await page.request.get(`${server.baseURL}/api/projects/${projectId}/insights/network`)).json()) as {
      nodes: unknown[];
      edges: unknown[];
    };
    await measureReady(page, url); // Warm-up: routes compiled, caches filled.
    const samples: Ready[] = [];
    for (let run = 0; run < loads; run++) samples.push(await measureReady(page, url));
    const readies = samples.map((sample) => sample.ready);
    const answered = samples.map((sample) => sample.answered);
    // BENCH_SCREENSHOT=<file.png>: the page as loaded, to look at.
    if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
    const painting = samples.map((sample) => sample.ready - sample.answered);
    console.error(`insights page: requests of the last load (ms after navigation): ${samples.at(-1)?.requests.join(", ")}`);
    console.error(`insights page: milestones of the last load (ms after navigation): ${samples.at(-1)?.milestones.join(", ")}`);
    const frames = await measurePan(page);
    console.error(
      `insights page: ready ${readies.map(Math.round).join(", ")} ms (last API answer at ${answered.map(Math.round).join(", ")} ms); ` +
        `longest pan frames ${[...frames].sort((a, b) => b - a).slice(0, 5).map(Math.round).join(", ")} ms`,
    );
    const name = `insights page (${insightsClaimantCount} claimants × ${insightsClaimCount} claims)`;
    return [
      { name: `${name}: network nodes / edges`, figure: network.nodes.length, unit: `nodes (${network.edges.length} edges)`, budget: "—" },
      { name: `${name}: ready p50`, figure: percentile(readies, 50), unit: "ms", budget: "—" },
      { name: `${name}: ready p95`, figure: percentile(readies, 95), unit: "ms", budget: "< 2000" },
      { name: `${name}: last API answer p50`, figure: percentile(answered, 50), unit: "ms after navigation", budget: "—" },
      { name: `${name}: ready after the last API answer p50`, figure: percentile(painting, 50), unit: "ms", budget: "—" },
      { name: `${name}: pan frames`, figure: frames.length, unit: `frames in ${panMs / 1000} s`, budget: "—" },
      { name: `${name}: pan frames > ${slowFrameMs} ms`, figure: frames.filter((frame) => frame > slowFrameMs).length, unit: "frames", budget: "few" },
      { name: `${name}: longest pan frame`, figure: Math.max(0, ...frames), unit: "ms", budget: "—" },
    ];
  } finally {
    await browser.close();
  }
}
