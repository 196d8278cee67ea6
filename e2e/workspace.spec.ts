import { expect, test } from "@playwright/test";
import { signInApi, signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { demoProjectId, importText, WorkspacePage } from "./support/workspace-page";

const article = [
  "Präsident Tokajew sagte, Kasachstan halte sich an die Sanktionen gegen Russland.",
  "Moskau reagierte kühl auf die Erklärung aus Astana.",
].join("\n\n");

test.describe("the annotator's workspace", () => {
  let projectId: number;
  let documentId: number;

  test.beforeEach(async ({ playwright, baseURL }, testInfo) => {
    const admin = await playwright.request.newContext({ baseURL });
    expect(await signInApi(admin, demoUsers.admin)).toBe(200);
    projectId = await demoProjectId(admin);
    documentId = await importText(admin, projectId, `Workspace ${testInfo.title} ${Date.now()}`, `${article}\n\n${testInfo.title} ${Date.now()}`);
    await admin.dispose();
  });

  test("marks a claim from the keyboard, links it, undoes and redoes, and keeps it across a reload", async ({ page }) => {
    await signInWithForm(page, "alice");
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);

    // Keyboard only: a caret in the text, Shift+Ctrl+Right selects two words, 1 marks a person.
    await workspace.text.focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+Control+ArrowRight");
    await page.keyboard.press("Shift+Control+ArrowRight");
    await page.keyboard.press("1");
    await expect(workspace.panel.getByRole("region", { name: "Selected entity mention" })).toBeVisible();

    await workspace.select("Kasachstan halte sich an die Sanktionen gegen Russland");
    await page.keyboard.press("c");
    const claimPanel = workspace.panel.getByRole("region", { name: "Selected claim span" });
    await expect(claimPanel).toBeVisible();
    await page.keyboard.press("f");
    await expect(claimPanel.getByRole("button", { name: /Favor/ })).toHaveAttribute("aria-pressed", "true");

    const picker = claimPanel.getByRole("combobox", { name: "Catalog claim" });
    await picker.fill("complies");
    await expect(claimPanel.getByRole("option", { name: /Kazakhstan complies with the sanctions/ })).toBeVisible();
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await expect(claimPanel.getByText("Kazakhstan complies with the sanctions against Russia")).toBeVisible();
    await claimPanel.getByLabel("Or link to a mention").selectOption({ index: 1 });
    await claimPanel.getByLabel("Note").fill("Reported speech");
    await claimPanel.getByLabel("Note").press("Tab");
    await workspace.waitUntilSaved();

    let spans = await workspace.savedSpans(documentId);
    const person = spans.find((s) => s.layer === "entity")!;
    expect(person.quote).toBe("Präsident Tokajew");
    const claim = spans.find((s) => s.layer === "claim")!;
    expect(claim).toMatchObject({ stance: "favor", note: "Reported speech", claimantMentionId: person.id });
    expect(claim.claimId).not.toBeNull();

    // Undo the note, then redo it; each step is saved.
    await workspace.text.focus();
    await page.keyboard.press("Control+z");
    await workspace.waitUntilSaved();
    spans = await workspace.savedSpans(documentId);
    expect(spans.find((s) => s.id === claim.id)!.note).toBe("");
    await page.keyboard.press("Control+Shift+z");
    await workspace.waitUntilSaved();
    spans = await workspace.savedSpans(documentId);
    expect(spans.find((s) => s.id === claim.id)!.note).toBe("Reported speech");

    // Delete removes the selected span; undo restores the same span.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    await expect(workspace.panel.getByRole("region", { name: "Selected entity mention" })).toBeVisible();
    await page.keyboard.press("Delete");
    await workspace.waitUntilSaved();
    expect((await workspace.savedSpans(documentId)).map((s) => s.id)).not.toContain(person.id);
    await page.keyboard.press("Control+z");
    await workspace.waitUntilSaved();
    expect((await workspace.savedSpans(documentId)).map((s) => s.id)).toContain(person.id);

    await page.reload();
    await expect(page.locator("[data-ready]")).toBeVisible();
    await expect(workspace.panel.getByText("All marks (2)")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/workspace-claim.png" });
  });

  test("submitting lists what is missing, then moves on", async ({ page }) => {
    await signInWithForm(page, "alice");
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);
    await workspace.select("Moskau reagierte kühl");
    await page.keyboard.press("c");
    await expect(workspace.panel.getByRole("region", { name: "Selected claim span" })).toBeVisible();
    await workspace.waitUntilSaved();

    await page.keyboard.press("Control+Enter");
    const dialog = page.getByRole("dialog", { name: "Not ready to submit" });
    await expect(dialog.getByText("“Moskau reagierte kühl”")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/workspace-missing.png" });
    await dialog.getByRole("button", { name: "Show" }).click();
    await expect(workspace.panel.getByRole("region", { name: "Selected claim span" })).toBeVisible();
    await page.keyboard.press("Delete");

    await page.getByRole("button", { name: /^Submit/ }).click();
    await expect(page).not.toHaveURL(new RegExp(`/documents/${documentId}/annotate`));
    await expect(page).toHaveURL(/\/documents\/\d+\/annotate|\/queue/);
  });

  test("guidelines open with ? and every action has a visible key", async ({ page }) => {
    await signInWithForm(page, "alice");
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);
    const legend = page.getByRole("region", { name: "Keyboard shortcuts" });
    await expect(legend.getByText("next / previous mark")).toBeVisible();
    await workspace.text.focus();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Annotation guidelines" });
    await expect(dialog.getByRole("heading", { name: "What a claim is" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/workspace-guidelines.png" });
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("changes made offline are kept and saved once back online", async ({ page, context }) => {
    await signInWithForm(page, "alice");
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);
    await context.setOffline(true);
    await workspace.select("Astana");
    await page.keyboard.press("3");
    await expect(workspace.saveState).toHaveText("Offline, retrying");
    await context.setOffline(false);
    await workspace.waitUntilSaved();
    await page.reload();
    await expect(page.locator("[data-ready]")).toBeVisible();
    expect((await workspace.savedSpans(documentId)).map((s) => s.quote)).toEqual(["Astana"]);
  });

  test("a save the server made but whose answer was lost is sent again and stored once", async ({ page }) => {
    await signInWithForm(page, "alice");
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);
    // The first creation and the first edit reach the server, which saves them; their answers never
    // come back. The workspace sends each again with the same key, and the server answers as before.
    const lost = new Map<string, string[]>();
    await page.route("**/api/**", async (route) => {
      const request = route.request();
      const write = `${request.method()} ${new URL(request.url()).pathname.replace(/\d+/g, "{id}")}`;
      if (!["POST /api/documents/{id}/annotations", "PATCH /api/annotations/{id}"].includes(write)) return route.fallback();
      const keys = lost.get(write) ?? [];
      lost.set(write, [...keys, request.headers()["idempotency-key"] ?? ""]);
      if (keys.length > 0) return route.fallback();
      await route.fetch();
      await route.abort("connectionreset");
    });
    await workspace.select("Astana");
    await page.keyboard.press("3");
    await workspace.waitUntilSaved();
    const type = workspace.panel.getByRole("region", { name: "Selected entity mention" }).getByLabel("Type");
    const placeTypeId = Number(await type.locator("option", { hasText: "Place (4)" }).getAttribute("value"));
    await type.selectOption({ label: "Place (4)" });
    await workspace.waitUntilSaved();
    for (const keys of lost.values()) {
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(keys[1]).toBe(keys[0]);
    }
    expect(lost.size).toBe(2);
    // No conflict is shown for the edit, whose second sending names a version the first one used.
    await expect(page.getByRole("dialog", { name: "This span was changed elsewhere" })).toHaveCount(0);
    await page.reload();
    await expect(page.locator("[data-ready]")).toBeVisible();
    expect(await workspace.savedSpans(documentId)).toEqual([expect.objectContaining({ quote: "Astana", entityTypeId: placeTypeId, version: 2 })]);
    await expect(workspace.panel.getByText("All marks (1)")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/workspace-lost-answers.png" });
  });
});
