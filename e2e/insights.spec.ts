import { readFileSync } from "node:fs";
import { type Download, expect, type Locator, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { signInWithForm } from "./support/sign-in";
import { demoProjectId } from "./support/workspace-page";

/**
 * The Insights tab of the demo project, whose seeded articles span 2022–2023 in six languages with
 * submitted and gold work: every chart paints, its figures are the API's, the network's evidence
 * opens the review at the span, and each export downloads.
 */

interface NetworkView {
  nodes: { id: string; kind: "claim" | "claimant"; label: string; count: number }[];
  edges: { id: string; source: string; target: string; count: number; dominant: string | null }[];
}
interface StanceView {
  claims: { claimId: number; series: { spans: Record<string, number> }[] }[];
  undatedDocumentCount: number;
}
interface EvidenceView {
  items: { annotationId: number; documentId: number; quote: string; start: number; end: number; href: string }[];
}
interface ProgressView {
  days: string[];
  annotators: { name: string; submittedPerDay: Record<string, number> }[];
  queueRemaining: number;
}
interface EdgeAnchor {
  id: string;
  x: number;
  y: number;
}

async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const bytesOf = async (download: Download) => readFileSync((await download.path())!);

const parseCsv = (bytes: Buffer) => parse(bytes.toString("utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];

/** The review's focused candidate as painted: its text, and whether it shows in the article's scroller. */
function focusedMark(page: Page) {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get("cd-rv-focus") ?? [])][0];
    const scroller = document.querySelector("[data-scroller]");
    if (!(range instanceof Range) || !scroller) return null;
    const box = range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return { text: range.toString(), inView: box.top >= view.top && box.bottom <= view.bottom };
  });
}

/** Where the network's heaviest edges on screen can be clicked, once sigma has drawn them. */
async function edgeAnchors(network: Locator): Promise<EdgeAnchor[]> {
  await expect
    .poll(async () => {
      await network.dispatchEvent("edge-anchors-request");
      return network.getAttribute("data-edge-anchors");
    })
    .toMatch(/"id"/);
  return JSON.parse((await network.getAttribute("data-edge-anchors")) ?? "[]") as EdgeAnchor[];
}

async function downloadFrom(page: Page, group: string, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: `Download ${group}` }).getByRole("button", { name: button, exact: true }).click(),
  ]);
  return download;
}

async function linkDownload(page: Page, group: string, label: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: `Download ${group}` }).getByRole("link", { name: label, exact: true }).click(),
  ]);
  return download;
}

test.describe("insights", () => {
  test("a manager sees every chart with the API's figures, clicks a network edge and lands on its evidence span in the review, and downloads each export", async ({ page }) => {
    test.setTimeout(120_000);
    await signInWithForm(page, "admin");
    const projectId = await demoProjectId(page.request);
    const base = `/api/projects/${projectId}/insights`;
    await page.goto(`/projects/${projectId}/insights`);
    await expect(page.getByRole("heading", { name: "Insights", exact: true })).toBeVisible();

    // Each chart is drawn as an SVG figure.
    for (const chart of ["Stance over time", "Claimant × claim", "Coverage by language", "Coverage by source", "Submissions per day"]) {
      await expect(page.getByRole("img", { name: chart }).locator("svg").first(), chart).toBeVisible();
    }
    await expect(page.getByTestId("actor-network").locator("canvas").first()).toBeVisible();

    // Figures against the API.
    const stance = await api<StanceView>(page, `${base}/stance`);
    const tagged = stance.claims.filter((claim) => claim.series.some((period) => Object.values(period.spans).some((n) => n > 0)));
    expect(tagged.length).toBeGreaterThanOrEqual(5);
    expect(stance.undatedDocumentCount).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole("heading", { name: /^Undated articles/ })).toHaveText(`Undated articles (${stance.undatedDocumentCount})`);
    const progress = await api<ProgressView>(page, `${base}/progress`);
    const team = page.getByRole("region", { name: "Team progress" });
    await expect(team.getByText(progress.queueRemaining.toLocaleString("en-US"), { exact: true })).toBeVisible();
    for (const annotator of progress.annotators) {
      const submitted = Object.values(annotator.submittedPerDay).reduce((sum, n) => sum + n, 0);
      expect(submitted).toBeGreaterThan(0);
      await expect(team.getByRole("row", { name: new RegExp(`^${annotator.name}\\b`) }).getByRole("cell").first()).toHaveText(String(submitted));
    }

    // An edge clicked on the canvas: asked, the component writes where the heaviest edges on screen
    // can be clicked (under automation only); hovering names the pair, clicking lists the evidence.
    const network = await api<NetworkView>(page, `${base}/network`);
    const canvas = page.getByTestId("actor-network");
    await canvas.scrollIntoViewIfNeeded();
    const anchors = await edgeAnchors(canvas);
    const anchor = anchors[0]!;
    const edge = network.edges.find((candidate) => candidate.id === anchor.id)!;
    const label = (id: string) => network.nodes.find((node) => node.id === id)!.label;
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + anchor.x, box.y + anchor.y);
    await expect(page.getByRole("tooltip")).toContainText(`${label(edge.source)} → ${label(edge.target)}`);
    await page.mouse.click(box.x + anchor.x, box.y + anchor.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBe(edge.id);
    await expect(page.getByRole("button", { name: "Clear the evidence selection" })).toBeVisible();
    const evidence = await api<EvidenceView>(page, `${base}/evidence?claimant=${encodeURIComponent(edge.source)}&claim=${edge.target.slice(1)}`);
    expect(evidence.items).toHaveLength(edge.count);
    const list = page.getByRole("region", { name: `Evidence: ${label(edge.source)} → ${label(edge.target)}` });
    await expect(list.getByRole("listitem")).toHaveCount(edge.count);
    const first = evidence.items[0]!;
    await expect(list.getByRole("listitem").first()).toContainText(first.quote);
    await page.screenshot({ path: "test-results/screens/insights-evidence.png", fullPage: true });
    await canvas.screenshot({ path: "test-results/screens/insights-network.png" });

    // Exports: each chart as SVG and PNG, the data as CSV, the network as GraphML.
    const svg = (await bytesOf(await downloadFrom(page, "Stance over time", "SVG"))).toString("utf8");
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const png = await bytesOf(await downloadFrom(page, "Claimant × claim", "PNG"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const csv = parseCsv(await bytesOf(await linkDownload(page, "Stance over time", "CSV")));
    expect(csv.length).toBeGreaterThan(0);
    const teamCsv = parseCsv(await bytesOf(await linkDownload(page, "Submissions per day", "CSV")));
    for (const annotator of progress.annotators) {
      const days = teamCsv.filter((row) => row.annotator === annotator.name && row.measure === "submitted");
      expect(days.map((row) => row.period)).toEqual(progress.days);
      expect(days.map((row) => Number(row.value))).toEqual(progress.days.map((day) => annotator.submittedPerDay[day] ?? 0));
    }
    expect(teamCsv.find((row) => row.measure === "submissions_still_needed")?.value).toBe(String(progress.queueRemaining));
    const graphml = (await bytesOf(await linkDownload(page, "Claimants and claims", "GraphML"))).toString("utf8");
    expect(graphml).toContain("<graphml");
    expect(graphml.match(/<edge /g)?.length).toBe(network.edges.length);

    await list.getByRole("link").first().click();
    await expect.poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe(first.href);
    // The review opens at the span: its candidate is the current one, marked and in view.
    await expect(page.getByRole("region", { name: "Current candidate" })).toContainText(`“${first.quote}”`);
    await expect.poll(() => focusedMark(page)).toEqual({ text: first.quote, inView: true });
    await page.screenshot({ path: "test-results/screens/insights-evidence-opened.png" });
  });

  test("filters live in the URL, so a shared link opens the same view", async ({ page }) => {
    await signInWithForm(page, "rita");
    const projectId = await demoProjectId(page.request);
    await page.goto(`/projects/${projectId}/insights?set=gold&language=de`);
    const network = await api<NetworkView>(page, `/api/projects/${projectId}/insights/network?set=gold&language=de`);
    const all = await api<NetworkView>(page, `/api/projects/${projectId}/insights/network`);
    expect(network.edges.length).toBeGreaterThan(0);
    expect(network.edges.length).toBeLessThan(all.edges.length);
    // The picker holds the filtered network: every pair's name has an arrow, no node's does.
    await page.getByRole("combobox", { name: "Show evidence for" }).fill("→");
    await expect(page.getByText(`${network.edges.length} match${network.edges.length === 1 ? "" : "es"}`)).toBeVisible();
    const options = page.getByRole("listbox", { name: "Show evidence for" }).getByRole("option");
    await expect(options).toHaveCount(Math.min(30, network.edges.length));
    for (const text of await options.allInnerTexts()) expect(text).toContain("→");
    // A reviewer sees no team progress.
    await expect(page.getByRole("region", { name: "Team progress" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/insights-filtered.png", fullPage: true });
  });

  test("typing in Show evidence for finds a claimant, and the keyboard picks it", async ({ page }) => {
    await signInWithForm(page, "rita");
    const projectId = await demoProjectId(page.request);
    await page.goto(`/projects/${projectId}/insights`);
    const network = await api<NetworkView>(page, `/api/projects/${projectId}/insights/network`);
    // The claimant with most spans: typed in full, it comes before its own pairs ("<name> → <claim>").
    const claimant = network.nodes.filter((node) => node.kind === "claimant").sort((a, b) => b.count - a.count)[0]!;
    const picker = page.getByRole("combobox", { name: "Show evidence for" });
    await picker.click();
    await picker.pressSequentially(claimant.label.toUpperCase());
    const options = page.getByRole("listbox", { name: "Show evidence for" }).getByRole("option");
    await expect(options.first()).toContainText(`Claimant · ${claimant.count} span`);
    for (const text of await options.allInnerTexts()) expect(text.toLowerCase()).toContain(claimant.label.toLowerCase());
    await page.screenshot({ path: "test-results/screens/insights-evidence-picker.png" });
    await picker.press("ArrowDown");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await picker.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBe(claimant.id);
    const evidence = await api<EvidenceView>(page, `/api/projects/${projectId}/insights/evidence?claimant=${encodeURIComponent(claimant.id)}`);
    await expect(page.getByRole("region", { name: `Evidence: ${claimant.label}` }).getByRole("listitem")).toHaveCount(evidence.items.length);
    // Cleared, the selection leaves the URL.
    await page.getByRole("button", { name: "Clear the evidence selection" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBeNull();
  });

  test("the read-only document page marks and scrolls to the span an evidence link names", async ({ page }) => {
    await signInWithForm(page, "rita");
    const projectId = await demoProjectId(page.request);
    const network = await api<NetworkView>(page, `/api/projects/${projectId}/insights/network?set=gold`);
    const claim = network.nodes.find((node) => node.kind === "claim");
    expect(claim).toBeDefined();
    const evidence = await api<EvidenceView>(page, `/api/projects/${projectId}/insights/evidence?set=gold&claim=${claim!.id.slice(1)}`);
    // The span furthest into its article, so that the page must scroll to it.
    const item = evidence.items.reduce((furthest, candidate) => (candidate.start > furthest.start ? candidate : furthest));
    await page.goto(`/projects/${projectId}/documents/${item.documentId}?mark=${item.start}-${item.end}#marked-span`);
    const mark = page.locator("#marked-span");
    await expect(mark).toHaveText(item.quote.split(/\n(?:[^\S\n]*\n)+/)[0]!);
    await expect(mark).toBeInViewport();
    await page.screenshot({ path: "test-results/screens/document-marked-span.png" });
  });

  test("an annotator gets the 404 page and 403 from every insights route while the project keeps them closed", async ({ page }) => {
    await signInWithForm(page, "alice");
    const projectId = await demoProjectId(page.request);
    const response = await page.goto(`/projects/${projectId}/insights`);
    expect(response?.status()).toBe(404);
    for (const view of ["stance", "network", "coverage", "evidence?claim=1", "progress", "export?view=stance"]) {
      expect((await page.request.get(`/api/projects/${projectId}/insights/${view}`)).status(), view).toBe(403);
    }
  });
});
