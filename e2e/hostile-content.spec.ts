import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { annotatedArticle, hostileUploads, markedQuotes, plainArticle } from "./fixtures/hostile/corpus";
import {
  entityVector,
  hostileClaim,
  hostileEntity,
  hostileGuidelines,
  hostileLabel,
  hostileNote,
  hostileProjectName,
  hostileTitle,
  outsideHost,
  wordAfterBidi,
} from "./fixtures/hostile/vectors";
import { BrowserGuard } from "./support/browser-guard";
import { json, signedIn } from "./support/review-project";
import { demoUsers } from "./support/users";
import { pythonIndex, pythonSlice, type SavedSpan, WorkspacePage } from "./support/workspace-page";

/**
 * Hostile articles, labels, notes and catalog names (e2e/fixtures/hostile), imported in every
 * format and shown in every view: they must show as text, run nothing, reach no other host, and
 * keep exact offsets, under the app's Content-Security-Policy.
 */

const test = base.extend<{ guard: BrowserGuard }>({
  guard: async ({ baseURL }, use) => {
    const guard = new BrowserGuard(new URL(baseURL!).origin);
    await use(guard);
    await guard.close();
    expect(guard.problems).toEqual([]);
  },
});

interface Corpus {
  projectId: number;
  /** Document ids by the distinctive end of their titles. */
  documents: Map<string, number>;
  personTypeId: number;
}

let corpus: Corpus;
const documentId = (titleEnd: string) => {
  const id = [...corpus.documents].find(([title]) => title.endsWith(titleEnd))?.[1];
  expect(id, `a document whose title ends with ${titleEnd}`).toBeDefined();
  return id!;
};

async function createHostileProject(admin: APIRequestContext): Promise<{ projectId: number; personTypeId: number }> {
  const project = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `${hostileProjectName} ${Date.now()}` } }), 201);
  const projectId = project.id;
  await json(await admin.patch(`/api/projects/${projectId}`, { data: { guidelines: hostileGuidelines, settings: { showGoldToAnnotators: true } } }), 200);
  for (const [email, roles] of [
    [demoUsers.alice, ["annotator"]],
    [demoUsers.rita, ["reviewer"]],
  ] as const) {
    await json(await admin.post(`/api/projects/${projectId}/members`, { data: { email, roles } }), 201);
  }
  const schema = await json<{ entityTypes: { id: number; key: string }[] }>(
    await admin.put(`/api/projects/${projectId}/schema`, {
      data: {
        entityTypes: [{ key: "PER", name: "Person", color: "#2563eb", hotkey: "1" }],
        stanceLabels: [{ key: "favor", name: "Favor", color: "#16a34a", hotkey: null }],
        relationTypes: [],
      },
    }),
    200,
  );
  return { projectId, personTypeId: schema.entityTypes[0]!.id };
}

/** Literal text each document must show: markup as characters, entities as they were written. */
const visibleText: [titleEnd: string, literals: string[]][] = [
  ["Harbour notes", ["<script>window.__pwned = 1</script>", '<img src=x onerror="window.__pwned = 1">', "Tok\u200Dayev"]],
  ["hostile title", ["<script>window.__pwned = 1; alert(1)</script>", '<a href="javascript:window.__pwned = 1; alert(1)">', entityVector]],
  ["A 100,000-character line", ["<script>window.__pwned = 1; alert(1)</script> <script>"]],
  ["(jsonl text)", ['<svg onload="window.__pwned = 1"><script>', `<img src="https://${outsideHost}/pixel.gif">`]],
  ["(jsonl html)", ["<script>window.__pwned = 1</script>"]],
  ["(csv)", ["</textarea></title></style><script>"]],
  ['"csv title")', [entityVector]],
  ["(brat)", [markedQuotes.markup]],
  ["(Label Studio)", [markedQuotes.markup]],
  ["(doccano)", [markedQuotes.markup]],
];

test.describe.serial("hostile content", () => {
  test.beforeAll(async ({ playwright, baseURL }) => {
    const admin = await signedIn(playwright, baseURL, demoUsers.admin);
    const { projectId, personTypeId } = await createHostileProject(admin);
    corpus = { projectId, personTypeId, documents: new Map() };
    await admin.dispose();
  });

  test("the import page imports every format and reports hostile names as text", async ({ browser, guard, playwright, baseURL }) => {
    const admin = await signedIn(playwright, baseURL, demoUsers.admin);
    const { items: members } = await json<{ items: { userId: number; email: string }[] }>(await admin.get(`/api/projects/${corpus.projectId}/members`), 200);
    const aliceId = members.find((member) => member.email === demoUsers.alice)!.userId;

    const page = await guard.open(browser, "admin");
    await page.goto(`/projects/${corpus.projectId}/import`);
    await page.getByLabel("Choose files").setInputFiles(hostileUploads());
    await page.getByRole("radio", { name: "Import as the annotations of" }).check();
    await page.getByRole("combobox", { name: "Annotator" }).selectOption(String(aliceId));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const report = page.getByRole("region", { name: "Import report" });
    await expect(report.getByRole("status")).toContainText("10 imported · 0 duplicates · 0 errors · 11 spans");
    await expect(report.getByRole("link", { name: /^<script>window.__pwned = 1<\/script> hostile title \(brat\)/ })).toBeVisible();
    await expect(report.getByText(/entity types: .*img_src_x_onerror/)).toBeVisible();
    await guard.expectUnharmed(page);

    const { items } = await json<{ items: { id: number; title: string }[] }>(await admin.get(`/api/projects/${corpus.projectId}/documents?limit=100`), 200);
    corpus.documents = new Map(items.map((document) => [document.title, document.id]));
    expect(items).toHaveLength(10);
    // The stored texts are the files' texts: nothing escaped, nothing dropped but HTML markup.
    const text = async (titleEnd: string) => (await json<{ text: string }>(await admin.get(`/api/documents/${documentId(titleEnd)}`), 200)).text;
    expect(await text("hostile title")).toBe(plainArticle());
    expect(await text("(brat)")).toBe(annotatedArticle("brat"));
    expect(await text("A 100,000-character line")).toHaveLength("A 100,000-character line\n\n".length + 100_000);
    await admin.dispose();
  });

  test("the workspace shows hostile text as text and keeps offsets exact after bidi and joiners", async ({ browser, guard }) => {
    test.setTimeout(120_000);
    const page = await guard.open(browser, "alice");
    const workspace = new WorkspacePage(page);
    for (const [titleEnd, literals] of visibleText) {
      await workspace.open(documentId(titleEnd));
      for (const literal of literals) await expect(workspace.text, titleEnd).toContainText(literal);
      await guard.expectUnharmed(page);
    }

    // Spans over the words after U+202E, a zero-width joiner and a joined emoji: the API takes
    // code points, a UTF-16 offset is refused, and the workspace marks exactly those words.
    const plainId = documentId("hostile title");
    const text = await workspace.storedText(plainId);
    const start = pythonIndex(text, wordAfterBidi);
    const span = { layer: "entity", start, end: start + wordAfterBidi.length, quote: wordAfterBidi, entityTypeId: corpus.personTypeId };
    const utf16 = text.indexOf(wordAfterBidi);
    expect(utf16).toBeGreaterThan(start);
    const api = page.request;
    expect((await api.post(`/api/documents/${plainId}/annotations`, { data: { ...span, start: utf16, end: utf16 + wordAfterBidi.length } })).status()).toBe(422);
    await json(await api.post(`/api/documents/${plainId}/annotations`, { data: span }), 201);
    const joined = markedQuotes.person;
    const joinedStart = pythonIndex(text, joined);
    await json(await api.post(`/api/documents/${plainId}/annotations`, { data: { ...span, start: joinedStart, end: joinedStart + Array.from(joined).length, quote: joined } }), 201);

    await workspace.open(plainId);
    await workspace.select("Monday");
    await page.keyboard.press("1");
    await workspace.waitUntilSaved();
    const spans = await workspace.savedSpans(plainId);
    expect(spans.map((saved) => saved.quote).sort()).toEqual([joined, wordAfterBidi, "Monday"].sort());
    for (const saved of spans) expect(pythonSlice(text, saved.start, saved.end)).toBe(saved.quote);
    expect(spans.find((saved) => saved.quote === "Monday")!.start).toBe(pythonIndex(text, "Monday"));
    await expect.poll(() => paintedText(page)).toEqual(expect.arrayContaining([joined, wordAfterBidi, "Monday"]));
    await page.screenshot({ path: "test-results/screens/hostile-workspace-hostile.png" });
    await guard.expectUnharmed(page);

    // Imported labels, notes and catalog names show as text in the panel and the guidelines.
    await workspace.open(documentId("(brat)"));
    await expect.poll(() => paintedText(page)).toEqual(expect.arrayContaining(Object.values(markedQuotes)));
    await workspace.text.focus();
    await page.keyboard.press("Tab");
    const mention = workspace.panel.getByRole("region", { name: "Selected entity mention" });
    await expect(mention).toContainText(joined);
    await expect(mention).toContainText(hostileEntity);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const claim = workspace.panel.getByRole("region", { name: "Selected claim span" });
    await expect(claim).toContainText(hostileClaim);
    await expect(claim.getByLabel("Note")).toHaveValue(hostileNote);
    await page.screenshot({ path: "test-results/screens/hostile-workspace-hostile-panel.png" });
    await guard.expectUnharmed(page);
    await workspace.open(documentId("(Label Studio)"));
    await workspace.text.focus();
    await page.keyboard.press("Tab");
    await expect(mention.getByLabel("Type").locator("option:checked")).toContainText(hostileLabel);
    await page.keyboard.press("?");
    const guidelines = page.getByRole("dialog", { name: "Annotation guidelines" });
    // Raw HTML is dropped, tags only: the script's text stays, as text.
    await expect(guidelines.getByRole("heading", { name: "Guidelines window.__pwned = 1", exact: true })).toBeVisible();
    await expect(guidelines.getByText("a javascript link")).toBeVisible();
    await guard.expectUnharmed(page);
  });

  test("the review and the feedback show hostile quotes, labels and claims as text", async ({ browser, guard, playwright, baseURL }) => {
    const bratId = documentId("(brat)");
    const alice = await signedIn(playwright, baseURL, demoUsers.alice);
    await json(await alice.post(`/api/documents/${bratId}/submit`), 200);
    await alice.dispose();

    const rita = await guard.open(browser, "rita");
    await rita.goto(`/documents/${bratId}/review`);
    await rita.getByRole("button", { name: /^Start review/ }).click();
    await expect(rita.getByText("In review", { exact: true })).toBeVisible();
    const candidates = rita.getByRole("list", { name: "Candidates" }).getByRole("listitem");
    await expect(candidates).toHaveCount(4);
    await expect(candidates.nth(3)).toContainText(markedQuotes.markup);
    const current = rita.getByRole("region", { name: "Current candidate" });
    await expect(current).toContainText(hostileEntity);
    await guard.expectUnharmed(rita);
    // Alice's version of the first three, the markup span rejected.
    await rita.getByRole("heading", { name: `${hostileTitle} (brat)` }).click();
    for (const position of [1, 2, 3]) {
      await expect(current).toContainText(`Candidate ${position} of 4`);
      await rita.keyboard.press("1");
    }
    await expect(current).toContainText("Candidate 4 of 4");
    await expect(current).toContainText(markedQuotes.markup);
    await rita.keyboard.press("x");
    await expect(current.getByRole("status", { name: "Decision" })).toHaveText("Rejected");
    await rita.keyboard.press("Enter");
    await expect(rita.getByText("Adjudicated", { exact: true })).toBeVisible();
    await guard.expectUnharmed(rita);

    const page = await guard.open(browser, "alice");
    await page.goto(`/documents/${bratId}/feedback`);
    await expect(page.locator("[data-ready]")).toBeVisible();
    const differences = page.getByRole("list", { name: "Differences from the gold set" }).getByRole("listitem");
    await expect(differences).toHaveCount(1);
    await expect(differences.first()).toContainText("Extra");
    await expect(differences.first()).toContainText(`“${markedQuotes.markup}”`);
    await expect(page.getByRole("region", { name: "Article text" })).toContainText(entityVector);
    await page.screenshot({ path: "test-results/screens/hostile-feedback-hostile.png" });
    await guard.expectUnharmed(page);
  });

  test("every export format downloads with the hostile text intact and inert", async ({ browser, guard }) => {
    const page = await guard.open(browser, "admin");
    await page.goto(`/projects/${corpus.projectId}/export`);
    await page.getByLabel("Annotation set").selectOption("all");
    const brat = annotatedArticle("brat");

    const jsonl = lines(await download(page, "Claimdesk JSONL")) as { text: string; spans: SavedSpan[] }[];
    const bratDocument = jsonl.find((document) => document.text === brat)!;
    expect(bratDocument.spans.map((span) => span.quote)).toEqual(expect.arrayContaining(Object.values(markedQuotes)));
    for (const document of jsonl) for (const span of document.spans) expect(pythonSlice(document.text, span.start, span.end)).toBe(span.quote);

    const csv = parse(await download(page, "Claims CSV"), { columns: false }) as string[][];
    expect(csv.flat()).toContain(hostileClaim);
    // Formula injection: no cell starts with what a spreadsheet would run.
    for (const cell of csv.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    expect(await download(page, "CoNLL")).toContain(wordAfterBidi);

    const bratZip = unzipSync(await downloadBytes(page, "brat standoff"));
    const texts = Object.entries(bratZip).filter(([name]) => name.endsWith(".txt")).map(([, bytes]) => strFromU8(bytes));
    expect(texts).toContain(brat);

    const tasks = JSON.parse(await download(page, "Label Studio")) as { data: { text: string } }[];
    expect(tasks.map((task) => task.data.text)).toContain(brat);

    const doccano = lines(await download(page, "doccano")) as { text: string; entities: { start_offset: number; end_offset: number }[] }[];
    const doccanoBrat = doccano.find((line) => line.text === brat)!;
    // doccano holds one set per document: the gold one here, without the markup span the review rejected.
    const goldQuotes = (bratDocument.spans as (SavedSpan & { set: string })[]).filter((span) => span.set === "gold").map((span) => span.quote);
    expect(goldQuotes).toContain(markedQuotes.person);
    expect(goldQuotes).not.toContain(markedQuotes.markup);
    expect(doccanoBrat.entities.map((entity) => brat.slice(entity.start_offset, entity.end_offset)).sort()).toEqual(goldQuotes.sort());

    const huggingFace = unzipSync(await downloadBytes(page, "Hugging Face dataset"));
    expect(Object.keys(huggingFace)).toContain("README.md");

    const network = unzipSync(await downloadBytes(page, "Discourse network"));
    const graphml = strFromU8(network["network.graphml"]!);
    expect(graphml).not.toMatch(/<(script|svg|img|b)\b/);
    // The XML parses, and its node names are the hostile names, unescaped once.
    const names = await page.evaluate((xml) => {
      const parsed = new DOMParser().parseFromString(xml, "application/xml");
      if (parsed.querySelector("parsererror")) return null;
      return Array.from(parsed.getElementsByTagName("data")).map((data) => data.textContent);
    }, graphml);
    expect(names).toEqual(expect.arrayContaining([hostileClaim, hostileEntity]));
    await guard.expectUnharmed(page);
  });

  test("every page renders under the Content-Security-Policy", async ({ browser, guard }) => {
    const page = await guard.open(browser, "admin");
    const { projectId } = corpus;
    const documentPage = `/projects/${projectId}/documents/${documentId("(brat)")}`;
    for (const path of ["/projects", "/profile", "/admin/users", `/projects/${projectId}`, `/projects/${projectId}/documents`, documentPage,
      `/projects/${projectId}/claims`, `/projects/${projectId}/entities`, `/projects/${projectId}/schema`, `/projects/${projectId}/members`,
      `/projects/${projectId}/assignments`, `/projects/${projectId}/settings`, `/projects/${projectId}/review`, `/projects/${projectId}/queue`]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      await expect(page.getByRole("heading").first(), path).toBeVisible();
      await guard.expectUnharmed(page);
    }
    await page.goto(`/projects/${projectId}/claims`);
    await expect(page.getByText(hostileClaim)).toBeVisible();
    await page.goto(`/projects/${projectId}/entities`);
    await expect(page.getByText(hostileEntity)).toBeVisible();
    // The entity's identifier is `javascript:alert(1)`: shown, never a link.
    const identifier = page.getByRole("region", { name: "Entities" }).getByText("javascript:alert(1)", { exact: true });
    await expect(identifier).toBeVisible();
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await guard.expectUnharmed(page);
  });

  test("pages carry a nonce-based policy without 'unsafe-inline' for scripts, and security headers", async ({ request }) => {
    const first = await request.get("/signin");
    const second = await request.get("/signin");
    const policy = first.headers()["content-security-policy"]!;
    const directives = new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    const scriptSrc = directives.get("script-src")!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))!.slice("'nonce-".length, -1);
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(second.headers()["content-security-policy"]).not.toContain(nonce);
    for (const [name, value] of [["frame-ancestors", "'none'"], ["object-src", "'none'"], ["base-uri", "'self'"], ["form-action", "'self'"]]) {
      expect(directives.get(name!), name).toEqual([value]);
    }
    // Every script of the page carries the nonce.
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const api = await request.get("/api/projects");
    expect(api.status()).toBe(401);
    expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await first.text())![1]!;
    for (const response of [first, api, await request.get(asset)]) {
      expect(response.headers()).toMatchObject({
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
        "x-frame-options": "DENY",
        "cross-origin-opener-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=()",
      });
    }
  });
});

/** The text of every painted highlight range in the page. */
function paintedText(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.values()].flatMap((highlight) => [...highlight].map((range) => range.toString())));
}

async function downloadBytes(page: Page, format: string): Promise<Uint8Array> {
  await page.getByRole("radio", { name: new RegExp(`^${format}`) }).check();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function download(page: Page, format: string): Promise<string> {
  return strFromU8(await downloadBytes(page, format));
}

function lines(text: string): unknown[] {
  return text.trim().split("\n").map((line) => JSON.parse(line) as unknown);
}
