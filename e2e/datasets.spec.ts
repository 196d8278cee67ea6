import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { signInApi, signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { pythonSlice, WorkspacePage } from "./support/workspace-page";

const bratFolder = path.join(import.meta.dirname, "fixtures", "brat-harbour");
const bratFiles = ["annotation.conf", "harbour.txt", "harbour.ann", "gent.txt", "gent.ann"];

/** The brat sample zipped in a folder, as people zip a brat collection. */
function bratZip(): Buffer {
  const entries = Object.fromEntries(bratFiles.map((name) => [`harbour-sample/${name}`, strToU8(readFileSync(path.join(bratFolder, name), "utf8"))]));
  return Buffer.from(zipSync(entries));
}

async function apiAs(playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } }, baseURL: string | undefined, email: string) {
  const api = await playwright.request.newContext({ baseURL });
  expect(await signInApi(api, email)).toBe(200);
  return api;
}

/** A new project whose members are the admin (manager, annotator) and Alice (annotator). */
async function createProject(admin: APIRequestContext, name: string): Promise<{ projectId: number; memberId: (email: string) => Promise<number> }> {
  const created = await admin.post("/api/projects", { data: { name } });
  expect(created.status()).toBe(201);
  const { id: projectId } = (await created.json()) as { id: number };
  for (const email of [demoUsers.admin, demoUsers.alice]) {
    const added = await admin.post(`/api/projects/${projectId}/members`, { data: { email, roles: ["annotator"] } });
    expect(added.status()).toBe(201);
  }
  const memberId = async (email: string) => {
    const { items } = (await (await admin.get(`/api/projects/${projectId}/members`)).json()) as { items: { userId: number; email: string }[] };
    return items.find((member) => member.email === email)!.userId;
  };
  return { projectId, memberId };
}

interface Report {
  imported: { id: number; file: string; spans?: number }[];
  errors: unknown[];
  annotations: { spans: number };
  created: { entityTypes: string[] };
}

const jsonLines = (text: string) => text.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

interface CodePointSpan { start: number; end: number; quote?: string; text?: string }

/** Every span's text is the document text between its code-point offsets, as Python reads them. */
function expectCodePointSpans(text: string, spans: CodePointSpan[]) {
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans) expect(pythonSlice(text, span.start, span.end)).toBe(span.quote ?? span.text);
}

/** Clicks Export with a format and waits for the browser's download; returns its bytes. */
async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("radio", { name: new RegExp(`^${format}`) }).check();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  await expect(page.getByRole("status").filter({ hasText: /^Saved / })).toBeVisible();
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A project holding the brat sample as Alice's submitted work, set up through the API. */
async function projectWithSubmittedWork(playwright: Parameters<typeof apiAs>[0], baseURL: string | undefined, name: string): Promise<number> {
  const admin = await apiAs(playwright, baseURL, demoUsers.admin);
  const { projectId, memberId } = await createProject(admin, name);
  const imported = await admin.post(`/api/projects/${projectId}/documents`, {
    multipart: {
      files: { name: "harbour-sample.zip", mimeType: "application/zip", buffer: bratZip() },
      annotations: "annotator",
      annotatorId: String(await memberId(demoUsers.alice)),
    },
  });
  const report = (await imported.json()) as Report;
  expect(report.errors).toEqual([]);
  expect(report.annotations.spans).toBe(7);
  const alice = await apiAs(playwright, baseURL, demoUsers.alice);
  for (const { id } of report.imported) expect((await alice.post(`/api/documents/${id}/submit`)).status()).toBe(200);
  await Promise.all([admin.dispose(), alice.dispose()]);
  return projectId;
}

test.describe("datasets", () => {
  test("a manager exports each format from the UI and the downloaded files parse", async ({ page, playwright, baseURL }) => {
    const projectId = await projectWithSubmittedWork(playwright, baseURL, `Harbour exports ${Date.now()}`);
    await signInWithForm(page, "admin");
    await page.goto(`/projects/${projectId}/export`);
    await page.getByLabel("Annotation set").selectOption("annotators");

    const jsonl = await download(page, "Claimdesk JSONL");
    expect(jsonl.name).toMatch(/\.jsonl$/);
    const documents = jsonLines(jsonl.bytes.toString("utf8")) as { text: string; spans: CodePointSpan[] }[];
    expect(documents).toHaveLength(2);
    for (const document of documents) expectCodePointSpans(document.text, document.spans);
    const textById = new Map((documents as unknown as { id: number; text: string }[]).map((document) => [document.id, document.text]));

    const csv = parse(await download(page, "Claims CSV").then((file) => file.bytes.toString("utf8")), { columns: true }) as Record<string, string>[];
    expect(csv).toEqual([expect.objectContaining({ quote: "el puerto crecerá en 2026", claim: "The port of Tarragona will grow", stance: "favor", annotator: demoUsers.alice })]);
    expect(pythonSlice(textById.get(Number(csv[0]!.document_id))!, Number(csv[0]!.start), Number(csv[0]!.end))).toBe(csv[0]!.quote);

    const conll = (await download(page, "CoNLL")).bytes.toString("utf8");
    const tagged = conll.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#")).map((line) => line.split("\t"));
    expect(tagged.every((fields) => /^(O|[BI]-[A-Za-z_]+)$/.test(fields.at(-1)!))).toBe(true);
    expect(tagged.filter((fields) => fields.at(-1) === "B-PER").map((fields) => fields[0])).toEqual(expect.arrayContaining(["Marta", "Jan"]));

    const brat = unzipSync(new Uint8Array((await download(page, "brat standoff")).bytes));
    const anns = Object.keys(brat).filter((name) => name.endsWith(".ann"));
    expect(anns).toHaveLength(2);
    expect(Object.keys(brat)).toContain("annotation.conf");
    for (const ann of anns) {
      const text = strFromU8(brat[ann.replace(/\.ann$/, ".txt")]!);
      for (const line of strFromU8(brat[ann]!).split("\n").filter((l) => l.startsWith("T"))) {
        const [, typeAndOffsets, quote] = line.split("\t");
        const fragments = typeAndOffsets!.split(" ").slice(1).join(" ").split(";").map((pair) => pair.split(" ").map(Number));
        expect(fragments.map(([start, end]) => pythonSlice(text, start!, end!)).join(" ")).toBe(quote);
      }
    }

    const tasks = JSON.parse((await download(page, "Label Studio")).bytes.toString("utf8")) as { data: { text: string }; annotations: { result: { value?: { start?: number; end?: number; text?: string } }[] }[] }[];
    expect(tasks).toHaveLength(2);
    for (const task of tasks) {
      const regions = task.annotations.flatMap((annotation) => annotation.result.map((result) => result.value ?? {})).filter((value) => value.text !== undefined);
      expectCodePointSpans(task.data.text, regions as CodePointSpan[]);
    }

    // doccano counts UTF-16 units, as JavaScript's String#slice does.
    const doccano = jsonLines((await download(page, "doccano")).bytes.toString("utf8")) as { text: string; entities: { start_offset: number; end_offset: number; label: string }[] }[];
    expect(doccano.flatMap((line) => line.entities.map((entity) => line.text.slice(entity.start_offset, entity.end_offset)))).toEqual(
      expect.arrayContaining(["Marta Solé", "Tarragona", "Autoridad Portuaria", "el puerto crecerá en 2026", "Jan de Vries", "Stad Gent"]),
    );

    const huggingFace = unzipSync(new Uint8Array((await download(page, "Hugging Face dataset")).bytes));
    expect(Object.keys(huggingFace).sort()).toEqual(["README.md", "test.jsonl", "train.jsonl", "validation.jsonl"]);
    const rows = ["train", "validation", "test"].flatMap((split) => {
      const content = strFromU8(huggingFace[`${split}.jsonl`]!);
      return content.trim() === "" ? [] : (jsonLines(content) as { text: string; tokens: string[]; ner_tags: number[]; spans: CodePointSpan[] }[]);
    });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.ner_tags).toHaveLength(row.tokens.length);
      expectCodePointSpans(row.text, row.spans);
    }
    expect(strFromU8(huggingFace["README.md"]!)).toContain("---");

    const network = unzipSync(new Uint8Array((await download(page, "Discourse network")).bytes));
    const graphml = strFromU8(network["network.graphml"]!);
    expect(graphml).toMatch(/^<\?xml[^>]*\?>\s*<graphml/);
    expect(graphml).toContain("Autoridad Portuaria de Tarragona");
    const edges = parse(strFromU8(network["edges.csv"]!), { columns: true }) as Record<string, string>[];
    expect(edges).toEqual([expect.objectContaining({ source: "Autoridad Portuaria de Tarragona", target: "The port of Tarragona will grow", stance: "favor", weight: "1" })]);
    await page.screenshot({ path: "test-results/screens/datasets-export.png", fullPage: true });
  });

  test("a manager imports a brat zip and sees its entities in the workspace", async ({ page, playwright, baseURL }) => {
    const admin = await apiAs(playwright, baseURL, demoUsers.admin);
    const { projectId, memberId } = await createProject(admin, `Harbour import ${Date.now()}`);
    const adminId = await memberId(demoUsers.admin);
    await admin.dispose();

    await signInWithForm(page, "admin");
    await page.goto(`/projects/${projectId}/import`);
    await page.getByLabel("Choose files").setInputFiles({ name: "harbour-sample.zip", mimeType: "application/zip", buffer: bratZip() });
    await page.getByRole("radio", { name: "Import as the annotations of" }).check();
    await page.getByRole("combobox", { name: "Annotator" }).selectOption(String(adminId));
    await page.screenshot({ path: "test-results/screens/datasets-import-form.png", fullPage: true });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const report = page.getByRole("region", { name: "Import report" });
    await expect(report.getByRole("status")).toHaveText("2 imported · 0 duplicates · 0 errors · 7 spans, 0 relations, 0 document labels");
    await expect(report.getByRole("listitem").filter({ hasText: "entity types" })).toHaveText("entity types: ORG, PER, LOC, MISC");
    await expect(report.getByText("catalog: 1 claim, 1 entity")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/datasets-import-report.png", fullPage: true });

    const link = report.getByRole("link", { name: /^Marta Solé/ });
    const documentId = Number((await link.getAttribute("href"))!.split("/").at(-1));
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);
    const spans = await workspace.savedSpans(documentId);
    const text = await workspace.storedText(documentId);
    expect(spans.map((span) => span.quote)).toEqual(["Marta Solé", "Tarragona", "Autoridad Portuaria", "el puerto crecerá en 2026"]);
    expectCodePointSpans(text, spans);

    await workspace.text.focus();
    await page.keyboard.press("Tab");
    const mention = workspace.panel.getByRole("region", { name: "Selected entity mention" });
    await expect(mention).toContainText("Marta Solé");
    await expect(mention.getByLabel("Type")).toHaveValue(String(spans[0]!.entityTypeId));
    await expect(mention.getByLabel("Type").locator("option:checked")).toHaveText("PER (p)");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(mention).toContainText("Autoridad Portuaria");
    await expect(mention).toContainText("Autoridad Portuaria de Tarragona");
    await page.keyboard.press("Tab");
    const claim = workspace.panel.getByRole("region", { name: "Selected claim span" });
    await expect(claim).toContainText("The port of Tarragona will grow");
    await expect(claim.getByRole("button", { name: /Favor/ })).toHaveAttribute("aria-pressed", "true");
    await page.screenshot({ path: "test-results/screens/datasets-workspace.png", fullPage: true });
  });

  test("a token made on the profile page exports through the API", async ({ page, playwright, baseURL }) => {
    const projectId = await projectWithSubmittedWork(playwright, baseURL, `Harbour token ${Date.now()}`);
    await signInWithForm(page, "admin");
    await page.goto("/profile");
    await page.getByLabel("Token name").fill(`dataset script ${Date.now()}`);
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByLabel("New API token").textContent())!.trim();
    expect(token).toMatch(/^cd_/);
    await page.screenshot({ path: "test-results/screens/datasets-token.png", fullPage: true });

    const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const response = await script.get(`/api/projects/${projectId}/export?format=jsonl&set=annotators`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/x-ndjson");
    const documents = jsonLines(await response.text()) as { text: string; spans: (CodePointSpan & { annotator: string })[] }[];
    expect(documents.map((document) => document.spans.length)).toEqual([3, 4]);
    for (const document of documents) {
      expectCodePointSpans(document.text, document.spans);
      expect(document.spans.every((span) => span.annotator === demoUsers.alice)).toBe(true);
    }
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get(`/api/projects/${projectId}/export?format=jsonl&set=annotators`)).status()).toBe(401);
    await Promise.all([script.dispose(), anonymous.dispose()]);
  });
});
