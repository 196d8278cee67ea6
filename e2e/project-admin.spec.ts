import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";

const fixtures = path.join(import.meta.dirname, "fixtures");

test("the admin creates a project, adds a member, imports files and reads a document", async ({ page }) => {
  await signInWithForm(page, "admin");
  const name = `Grain corridor ${Date.now()}`;
  await page.getByLabel("New project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Members" }).click();
  const addForm = page.getByRole("form", { name: "Add a member" });
  await addForm.getByLabel("Email").fill(demoUsers.alice);
  await addForm.getByLabel("Annotator").check();
  await addForm.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("cell", { name: demoUsers.alice })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/members.png", fullPage: true });

  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Import" }).click();
  await page.getByLabel("Choose files").setInputFiles([
    path.join(fixtures, "astana-briefing.html"),
    path.join(fixtures, "pipeline-note.txt"),
    path.join(fixtures, "not-really-text.txt"),
  ]);
  await expect(page.getByRole("heading", { name: "3 files chosen" })).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const report = page.getByRole("region", { name: "Import report" });
  await expect(report.getByRole("status")).toHaveText("2 imported · 0 duplicates · 1 error");
  await expect(report.getByRole("row", { name: /not-really-text\.txt/ })).toContainText("binary_file");
  await page.screenshot({ path: "test-results/screens/import-report.png", fullPage: true });

  await report.getByRole("link", { name: "Astana briefs envoys on export controls" }).click();
  await expect(page.getByRole("heading", { name: "Astana briefs envoys on export controls" })).toBeVisible();
  const paragraphs = page.locator("article p[dir=auto]");
  await expect(paragraphs).toHaveCount(4);
  await expect(paragraphs.nth(1)).toHaveText(/^Officials in Astana briefed European envoys/);
  await expect(page.getByText("Advertisement")).toHaveCount(0);
  await expect(page.getByText("Grain corridor talks stall")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/document.png", fullPage: true });

  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Documents", exact: true }).click();
  await expect(page.getByRole("link", { name: "Pipeline operators report a quiet month" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/documents.png", fullPage: true });
});

test("a demo article opens with its paragraphs, and the Chinese page has no boilerplate", async ({ page }) => {
  await signInWithForm(page, "rita");
  await page.getByRole("link", { name: /Kazakhstan and the sanctions/ }).click();
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Documents", exact: true }).click();
  const chinese = page.getByRole("row").filter({ hasText: "zh" }).getByRole("link").first();
  await chinese.click();
  const paragraphs = page.locator("article p[dir=auto]");
  await expect(paragraphs.first()).toBeVisible();
  expect(await paragraphs.count()).toBeGreaterThan(2);
  await expect(page.locator("article")).toContainText("托卡耶夫");
  await expect(page.locator("article")).not.toContainText("🔥");
  await expect(page.locator("article")).not.toContainText("http");
  await page.screenshot({ path: "test-results/screens/document-zh.png", fullPage: true });
});
