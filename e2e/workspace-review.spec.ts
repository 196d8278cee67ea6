import { expect, test } from "@playwright/test";
import { signInApi, signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { demoProjectId, importText, WorkspacePage } from "./support/workspace-page";

test.describe("workspace: conflicts, suggestions and the queue", () => {
  let projectId: number;
  let documentId: number;

  test.beforeEach(async ({ playwright, baseURL }, testInfo) => {
    const admin = await playwright.request.newContext({ baseURL });
    expect(await signInApi(admin, demoUsers.admin)).toBe(200);
    projectId = await demoProjectId(admin);
    const text = `Tokajew traf Putin. Später sprach Tokajew in Astana. Tokajew lächelte.\n\n${testInfo.title} ${Date.now()}`;
    documentId = await importText(admin, projectId, `Review ${Date.now()}`, text);
    await admin.dispose();
  });

  test("a stale change to a span or the document stance asks before overwriting: keep theirs, or overwrite with mine", async ({ page, context }) => {
    await signInWithForm(page, "alice");
    const first = new WorkspacePage(page);
    await first.open(documentId);
    await first.select("Später sprach Tokajew in Astana");
    await page.keyboard.press("c");
    await first.waitUntilSaved();

    // A second tab of the same annotator opens the claim span from the list of marks.
    const second = new WorkspacePage(await context.newPage());
    await second.open(documentId);
    await second.panel.getByText("All marks (1)").click();
    await second.panel.getByRole("button", { name: /Später sprach Tokajew in Astana/ }).click();
    await expect(second.panel.getByRole("region", { name: "Selected claim span" })).toBeVisible();

    await page.keyboard.press("f");
    await first.waitUntilSaved();
    await second.page.keyboard.press("a");
    const dialog = second.page.getByRole("dialog", { name: "This span was changed elsewhere" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("row", { name: /Stance/ })).toContainText("Favor");
    await second.page.screenshot({ path: "test-results/screens/workspace-conflict.png" });
    await dialog.getByRole("button", { name: "Keep theirs" }).click();
    const secondClaim = second.panel.getByRole("region", { name: "Selected claim span" });
    await expect(secondClaim.getByRole("button", { name: /Favor/ })).toHaveAttribute("aria-pressed", "true");

    await page.keyboard.press("n");
    await first.waitUntilSaved();
    await second.page.keyboard.press("u");
    await dialog.getByRole("button", { name: "Overwrite with mine" }).click();
    await second.waitUntilSaved();
    const claim = (await second.savedSpans(documentId)).find((s) => s.layer === "claim")!;
    expect(claim.stance).toBe("unclear");

    // The document's stance toward a catalog claim: the stale tab shows the newer value and asks.
    const claimStatement = "Kazakhstan complies with the sanctions against Russia";
    const firstStance = first.panel.getByRole("combobox", { name: claimStatement });
    const secondStance = second.panel.getByRole("combobox", { name: claimStatement });
    await firstStance.selectOption({ label: "Favor" });
    await first.waitUntilSaved();
    await secondStance.selectOption({ label: "Against" });
    const stanceDialog = second.page.getByRole("dialog", { name: "This document stance was changed elsewhere" });
    await expect(stanceDialog).toBeVisible();
    await expect(stanceDialog).toContainText(claimStatement);
    await expect(stanceDialog.getByRole("row", { name: /Stance/ })).toContainText("Favor");
    await expect(stanceDialog.getByRole("row", { name: /Stance/ })).toContainText("Against");
    await second.page.screenshot({ path: "test-results/screens/workspace-stance-conflict.png" });
    await stanceDialog.getByRole("button", { name: "Keep theirs" }).click();
    await expect(stanceDialog).toBeHidden();
    await expect(secondStance).toHaveValue("favor");

    await firstStance.selectOption({ label: "Neutral" });
    await first.waitUntilSaved();
    await secondStance.selectOption({ label: "Unclear" });
    await expect(stanceDialog.getByRole("row", { name: /Stance/ })).toContainText("Neutral");
    await stanceDialog.getByRole("button", { name: "Overwrite with mine" }).click();
    await second.waitUntilSaved();
    await expect(secondStance).toHaveValue("unclear");
    const labels = await second.page.request.get(`/api/documents/${documentId}/annotations`);
    const { documentLabels } = (await labels.json()) as { documentLabels: { stance: string }[] };
    expect(documentLabels.map((label) => label.stance)).toEqual(["unclear"]);
  });

  test("alias suggestions: y accepts, x rejects, and all of one entity at once", async ({ page }) => {
    await signInWithForm(page, "alice");
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);
    await expect(workspace.panel.getByText("suggested mentions await a decision", { exact: false })).toBeVisible();
    await workspace.text.focus();
    await page.keyboard.press("Tab");
    const suggestion = workspace.panel.getByRole("region", { name: "Selected suggestion" });
    await expect(suggestion.getByText("Kassym-Jomart Tokayev", { exact: true })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/workspace-suggestion.png" });
    await page.keyboard.press("y");
    await workspace.waitUntilSaved();
    let spans = await workspace.savedSpans(documentId);
    expect(spans).toEqual([expect.objectContaining({ quote: "Tokajew", origin: "suggestion", entityId: expect.any(Number) })]);

    // Next: Putin. Rejecting hides it for the session and moves on to the next suggestion.
    await page.keyboard.press("Tab");
    await expect(suggestion.getByText("Vladimir Putin", { exact: true })).toBeVisible();
    await page.keyboard.press("x");
    await expect(suggestion.getByText("Kassym-Jomart Tokayev", { exact: true })).toBeVisible();
    await suggestion.getByRole("button", { name: "Accept all 2 mentions of Kassym-Jomart Tokayev" }).click();
    await workspace.waitUntilSaved();
    spans = await workspace.savedSpans(documentId);
    expect(spans.map((s) => s.quote)).toEqual(["Tokajew", "Tokajew", "Tokajew"]);
    expect(new Set(spans.map((s) => s.entityId)).size).toBe(1);
  });

  test("My documents shows progress and opens the next document", async ({ page }) => {
    await signInWithForm(page, "bob");
    await page.goto(`/projects/${projectId}/queue`);
    await expect(page.getByRole("heading", { name: "My documents" })).toBeVisible();
    await expect(page.getByText(/\d+ of \d+ submitted/)).toBeVisible();
    await page.screenshot({ path: "test-results/screens/workspace-queue.png" });
    await page.getByRole("button", { name: "Next document" }).click();
    await expect(page).toHaveURL(/\/documents\/\d+\/annotate/);
    await expect(page.getByRole("region", { name: "Article text" })).toBeVisible();
  });
});
