import { expect, test } from "@playwright/test";
import { json, signedIn } from "./support/review-project";
import { signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";

test("a manager adds a claim with its translations, checked as an edit's are", async ({ page, playwright, baseURL }) => {
  const admin = await signedIn(playwright, baseURL, demoUsers.admin);
  const { id: projectId } = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `Claim catalog ${Date.now()}` } }), 201);

  await signInWithForm(page, "admin");
  await page.goto(`/projects/${projectId}/claims`);
  const form = page.getByRole("form", { name: "Add a claim" });
  const statement = "Kazakhstan supports the sanctions";
  await form.getByLabel("Statement").fill(statement);
  for (const [index, language, text] of [
    [1, "PL", "Kazachstan popiera <b>sankcje</b>"],
    [2, "de", "Kasachstan unterstützt die Sanktionen"],
    [3, "pl", "Kazachstan wspiera sankcje"],
  ] as const) {
    await form.getByRole("button", { name: "Add translation" }).click();
    await form.getByLabel(`Language of translation ${index}`).fill(language);
    await form.getByLabel(`Text of translation ${index}`).fill(text);
  }

  // Two translations in one language are refused, and the form keeps what was typed.
  await form.getByRole("button", { name: "Add claim" }).click();
  await expect(form.getByRole("alert")).toContainText("Only one translation per language (pl)");
  await expect(form.getByLabel("Text of translation 3")).toHaveValue("Kazachstan wspiera sankcje");
  await page.screenshot({ path: test.info().outputPath("add-claim-translations-refused.png"), fullPage: true });

  await form.getByRole("button", { name: "Remove translation 3" }).click();
  await form.getByRole("button", { name: "Add claim" }).click();
  await expect(form.getByRole("status")).toHaveText("Added.");
  const row = page.getByRole("listitem", { name: statement });
  await expect(row.getByRole("list", { name: "Translations" }).getByRole("listitem")).toHaveText([
    "plKazachstan popiera <b>sankcje</b>",
    "deKasachstan unterstützt die Sanktionen",
  ]);
  await expect(form.getByLabel("Statement")).toHaveValue("");
  await expect(form.getByLabel("Language of translation 1")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("add-claim-translations.png"), fullPage: true });

  const { items } = await json<{ items: { statement: string; translations: { language: string; text: string }[] }[] }>(
    await admin.get(`/api/projects/${projectId}/claims`),
    200,
  );
  expect(items).toEqual([
    expect.objectContaining({
      statement,
      translations: [
        { language: "pl", text: "Kazachstan popiera <b>sankcje</b>" },
        { language: "de", text: "Kasachstan unterstützt die Sanktionen" },
      ],
    }),
  ]);
  await admin.dispose();
});
