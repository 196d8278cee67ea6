import { expect, test } from "@playwright/test";
import { signInApi, signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { pythonIndex, WorkspacePage } from "./support/workspace-page";

const text = "Mayor Ana Lind said the river bridge will reopen in May. Critics at Nordbank doubt it.\n";
const claim = "the river bridge will reopen in May";

/** A brat pair: two entities and a claim in favour made by one of them, offsets computed from the text. */
function bratAnn(): string {
  const line = (id: string, label: string, quote: string) => {
    const start = pythonIndex(text, quote);
    return `${id}\t${label} ${start} ${start + Array.from(quote).length}\t${quote}`;
  };
  return [line("T1", "PER", "Ana Lind"), line("T2", "Claim", claim), line("T3", "ORG", "Nordbank"), "A1\tStance T2 favor", "R1\tClaimant Arg1:T2 Arg2:T1", ""].join("\n");
}

test("an annotator accepts and rejects imported pre-annotations by keyboard, and keeps what she accepted", async ({ page, playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  expect(await signInApi(admin, demoUsers.admin)).toBe(200);
  const created = await admin.post("/api/projects", { data: { name: `Bridge pre-annotations ${Date.now()}` } });
  const { id: projectId } = (await created.json()) as { id: number };
  expect((await admin.post(`/api/projects/${projectId}/members`, { data: { email: demoUsers.alice, roles: ["annotator"] } })).status()).toBe(201);

  // The manager imports the pair as pre-annotations (the form's default).
  await signInWithForm(page, "admin");
  await page.goto(`/projects/${projectId}/import`);
  await page.getByLabel("Choose files").setInputFiles([
    { name: "bridge.txt", mimeType: "text/plain", buffer: Buffer.from(text) },
    { name: "bridge.ann", mimeType: "text/plain", buffer: Buffer.from(bratAnn()) },
  ]);
  await expect(page.getByRole("radio", { name: /^Import as pre-annotations/ })).toBeChecked();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const report = page.getByRole("region", { name: "Import report" });
  await expect(report.getByRole("status")).toHaveText("1 imported · 0 duplicates · 0 errors · 3 spans, 0 relations, 0 document labels");
  const href = await report.getByRole("link", { name: /^Mayor Ana Lind/ }).getAttribute("href");
  const documentId = Number(href!.split("/").at(-1));
  const { items: members } = (await (await admin.get(`/api/projects/${projectId}/members`)).json()) as { items: { userId: number; email: string }[] };
  const aliceId = members.find((member) => member.email === demoUsers.alice)!.userId;
  expect((await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId, userId: aliceId } })).status()).toBeLessThan(300);
  await admin.dispose();

  // Alice finds them as suggestions in her workspace; none is in her set yet.
  await page.context().clearCookies();
  await signInWithForm(page, "alice");
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId);
  expect(await workspace.savedSpans(documentId)).toEqual([]);
  await expect(workspace.panel.getByText("3 imported annotations await a decision", { exact: false })).toBeVisible();
  await expect(workspace.panel.getByRole("button", { name: "Accept all 3 imported annotations" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/preannotations-open.png" });

  await workspace.text.focus();
  await page.keyboard.press("Tab");
  const suggestion = workspace.panel.getByRole("region", { name: "Selected suggestion" });
  await expect(suggestion.getByRole("heading", { name: "Imported PER" })).toBeVisible();
  await expect(suggestion.getByRole("blockquote")).toHaveText("Ana Lind");
  await page.keyboard.press("y");
  const mention = workspace.panel.getByRole("region", { name: "Selected entity mention" });
  await expect(mention).toContainText("Ana Lind");
  await workspace.waitUntilSaved();

  // Undo takes the accepted span back and the suggestion returns; redo brings the span back.
  await page.keyboard.press("Control+z");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(documentId)).toEqual([]);
  await expect(workspace.panel.getByText("3 imported annotations await a decision", { exact: false })).toBeVisible();
  await page.keyboard.press("Control+Shift+z");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(documentId)).toEqual([expect.objectContaining({ quote: "Ana Lind", origin: "suggestion" })]);

  await page.keyboard.press("Escape");
  await workspace.text.focus();
  await page.keyboard.press("Tab");
  await expect(mention).toContainText("Ana Lind");
  await page.keyboard.press("Tab");
  await expect(suggestion.getByRole("heading", { name: /^Imported Claim · favor$/i })).toBeVisible();
  await expect(suggestion.getByRole("definition").filter({ hasText: /^favor$/i })).toBeVisible();
  await expect(suggestion.getByRole("definition").filter({ hasText: "Ana Lind" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/preannotations-workspace.png" });
  await page.keyboard.press("x");
  // Rejecting moves on to the next suggestion.
  await expect(suggestion.getByRole("blockquote")).toHaveText("Nordbank");

  await page.reload();
  await expect(page.locator("[data-ready]")).toBeVisible();
  const spans = await workspace.savedSpans(documentId);
  expect(spans).toEqual([
    expect.objectContaining({ layer: "entity", quote: "Ana Lind", start: pythonIndex(text, "Ana Lind"), origin: "suggestion", entityTypeId: expect.any(Number) }),
  ]);
  // What she accepted is hers; the rejected claim is offered again in a new session.
  await expect(workspace.panel.getByText("2 imported annotations await a decision", { exact: false })).toBeVisible();
  await workspace.text.focus();
  await page.keyboard.press("Tab");
  await expect(mention).toContainText("Ana Lind");
  await page.screenshot({ path: "test-results/screens/preannotations-reloaded.png" });

  // Accepting all at once links the claim to her span of its claimant; one undo takes all back.
  await page.keyboard.press("Escape");
  await workspace.panel.getByRole("button", { name: "Accept all 2 imported annotations" }).click();
  await workspace.waitUntilSaved();
  const accepted = await workspace.savedSpans(documentId);
  const ana = accepted.find((span) => span.quote === "Ana Lind")!;
  expect(accepted).toHaveLength(3);
  expect(accepted.every((span) => span.origin === "suggestion")).toBe(true);
  expect(accepted.find((span) => span.layer === "claim")).toMatchObject({
    quote: claim, stance: "favor", claimantMentionId: ana.id, claimantEntityId: null,
  });
  await expect(workspace.panel.getByText("imported annotations await", { exact: false })).toBeHidden();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await workspace.waitUntilSaved();
  expect((await workspace.savedSpans(documentId)).map((span) => span.quote)).toEqual(["Ana Lind"]);
});
