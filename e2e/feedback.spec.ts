import { type Browser, expect, type Page, test } from "@playwright/test";
import { createReviewProject, json, signedIn } from "./support/review-project";
import { signInWithForm } from "./support/sign-in";
import { demoUsers, type DemoUser } from "./support/users";

/**
 * Annotator feedback: the manager lets annotators see the gold set, Alice and Bob submit, Rita
 * adjudicates, and Alice compares her work with the gold set.
 */

async function pageAs(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithForm(page, user);
  return page;
}

test("an annotator compares her work with the gold set of an adjudicated document", async ({ browser, playwright, baseURL }) => {
  const admin = await signedIn(playwright, baseURL, demoUsers.admin);
  const { projectId, documentId, title, span } = await createReviewProject(admin, {
    name: "Feedback",
    title: "Compliance",
    stanceLabels: [{ key: "favor", name: "Favor", color: "#16a34a" }],
  });
  await admin.dispose();

  // The manager turns the setting on in the project settings.
  const manager = await pageAs(browser, "admin");
  await manager.goto(`/projects/${projectId}/settings`);
  const setting = manager.getByLabel("Show gold to annotators");
  await expect(setting).not.toBeChecked();
  await setting.check();
  await manager.getByRole("button", { name: "Save settings" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await manager.context().close();

  // Alice first (A), then Bob (B). Alice takes Kazakhstan for a person, adds "sanctions" and
  // leaves out "President"; Bob marks what the gold set will hold.
  const work = {
    alice: [span("Tokayev", "PER"), span("Kazakhstan", "PER"), span("sanctions", "LOC")],
    bob: [span("President", "PER"), span("Tokayev", "PER"), span("Kazakhstan", "LOC")],
  };
  for (const user of ["alice", "bob"] as const) {
    const api = await signedIn(playwright, baseURL, demoUsers[user]);
    for (const data of work[user]) await json(await api.post(`/api/documents/${documentId}/annotations`, { data }), 201);
    await json(await api.post(`/api/documents/${documentId}/submit`), 200);
    if (user === "alice") {
      // Submitted, not adjudicated yet: no feedback.
      expect((await api.get(`/api/documents/${documentId}/feedback`)).status()).toBe(404);
    }
    await api.dispose();
  }

  // Rita adjudicates with the keyboard: Bob's "President" and "Kazakhstan", no "sanctions".
  const rita = await pageAs(browser, "rita");
  await rita.goto(`/documents/${documentId}/review`);
  await rita.getByRole("button", { name: "Start review" }).click();
  // Decisions count once the review has started.
  await expect(rita.getByText("In review", { exact: true })).toBeVisible();
  const current = rita.getByRole("region", { name: "Current candidate" });
  const decision = current.getByRole("status", { name: "Decision" });
  await expect(current).toContainText("Candidate 1 of 4");
  await rita.getByRole("heading", { name: title }).click();
  await rita.keyboard.press("2");
  await expect(current).toContainText("Candidate 3 of 4");
  await rita.keyboard.press("2");
  await expect(current).toContainText("Candidate 4 of 4");
  await expect(current).toContainText("sanctions");
  await rita.keyboard.press("x");
  await expect(decision).toHaveText("Rejected");
  await rita.keyboard.press("Enter");
  await expect(rita.getByText("Adjudicated", { exact: true })).toBeVisible();
  await rita.context().close();

  // Alice finds the feedback under My documents.
  const alice = await pageAs(browser, "alice");
  await alice.goto(`/projects/${projectId}/queue`);
  const adjudicated = alice.getByRole("list", { name: "Adjudicated documents" });
  await expect(adjudicated).toContainText(title);
  await alice.screenshot({ path: "test-results/screens/feedback-my-documents.png" });
  await adjudicated.getByRole("link", { name: `Feedback on ${title}` }).click();
  await expect(alice).toHaveURL(new RegExp(`/documents/${documentId}/feedback$`));
  await expect(alice.locator("[data-ready]")).toBeVisible();

  const summary = alice.getByLabel("Summary");
  for (const figure of ["1 matched", "1 different", "1 missed", "1 extra"]) await expect(summary).toContainText(figure);
  const differences = alice.getByRole("list", { name: "Differences from the gold set" }).getByRole("listitem");
  await expect(differences).toHaveCount(3);
  await expect(differences.nth(0)).toContainText("Missed");
  await expect(differences.nth(0)).toContainText("“President”");
  await expect(differences.nth(1)).toContainText("Different");
  await expect(differences.nth(1)).toContainText("“Kazakhstan”");
  await expect(differences.nth(1)).toContainText("Type");
  await expect(differences.nth(1)).toContainText("gold: Place · yours: Person");
  await expect(differences.nth(2)).toContainText("Extra");
  await expect(differences.nth(2)).toContainText("“sanctions”");
  // Gold spans and hers are painted over the text: three of each.
  await expect
    .poll(() => alice.evaluate(() => ["cd-fb-gold", "cd-fb-own"].map((name) => CSS.highlights.get(name)?.size ?? 0)))
    .toEqual([3, 3]);
  await differences.nth(1).getByRole("button").click();
  await expect(differences.nth(1).getByRole("button")).toHaveAttribute("aria-current", "true");
  await expect.poll(() => alice.evaluate(() => CSS.highlights.get("cd-fb-focus")?.size ?? 0)).toBe(2);
  await alice.screenshot({ path: "test-results/screens/feedback-differences.png" });

  await alice.getByLabel(/Show matched spans/).check();
  await expect(differences).toHaveCount(4);
  await expect(differences.nth(1)).toContainText("Matched");
  await expect(differences.nth(1)).toContainText("“Tokayev”");
  await alice.context().close();

  // Bob's feedback is his own; Rita's role does not open it.
  const bob = await signedIn(playwright, baseURL, demoUsers.bob);
  const bobs = await json<{ counts: Record<string, number> }>(await bob.get(`/api/documents/${documentId}/feedback`), 200);
  expect(bobs.counts).toEqual({ matched: 3, different: 0, missed: 0, extra: 0 });
  await bob.dispose();
  const reviewer = await signedIn(playwright, baseURL, demoUsers.rita);
  expect((await reviewer.get(`/api/documents/${documentId}/feedback`)).status()).toBe(403);
  await reviewer.dispose();
});
