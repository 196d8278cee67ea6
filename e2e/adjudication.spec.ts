import { expect, test } from "@playwright/test";
import { createReviewProject, json, signedIn } from "./support/review-project";
import { signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";

/**
 * The reviewer's journey: two annotators submit a small document through the API (agreeing on
 * one span, disagreeing on another), and Rita adjudicates it in the browser with the keyboard.
 */

interface Setup {
  projectId: number;
  documentId: number;
}

test.describe("adjudication", () => {
  let setup: Setup;

  test.beforeEach(async ({ playwright, baseURL }) => {
    const admin = await signedIn(playwright, baseURL, demoUsers.admin);
    const { projectId, documentId, span } = await createReviewProject(admin, {
      name: "Adjudication",
      title: "Sanctions",
      stanceLabels: [
        { key: "favor", name: "Favor", color: "#16a34a" },
        { key: "against", name: "Against", color: "#dc2626" },
      ],
    });
    await admin.dispose();

    // Alice first, then Bob: on the review page they are A and B.
    for (const [user, kazakhstanType] of [
      [demoUsers.alice, "PER"],
      [demoUsers.bob, "LOC"],
    ] as const) {
      const api = await signedIn(playwright, baseURL, user);
      await json(await api.post(`/api/documents/${documentId}/annotations`, { data: span("Tokayev", "PER") }), 201);
      await json(await api.post(`/api/documents/${documentId}/annotations`, { data: span("Kazakhstan", kazakhstanType) }), 201);
      await json(await api.post(`/api/documents/${documentId}/submit`), 200);
      await api.dispose();
    }
    setup = { projectId, documentId };
  });

  test("a reviewer sees the figures, adjudicates the disputed span with the keyboard and finishes the review", async ({ page }) => {
    await signInWithForm(page, "rita");
    await page.goto(`/projects/${setup.projectId}`);
    await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Review" }).click();
    await expect(page.getByRole("heading", { name: "Agreement", exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Progress" })).toContainText("1 of 1 documents have 2 or more submissions");
    // Tokayev matches, Kazakhstan (a person for Alice, a place for Bob) does not: 2·1 / (2 + 2).
    const figures = page.getByRole("region", { name: "Headline figures" });
    await expect(figures.getByRole("heading", { name: "Entity span F1 (exact)" }).locator("..")).toContainText("0.500");
    await expect(figures.getByRole("heading", { name: "Entity span F1 (overlap)" }).locator("..")).toContainText("0.500");
    // Per type: PER is 2·1 / (2 + 1), and nobody agrees on LOC.
    const byType = page.getByRole("table", { name: "Entity agreement per entity type" });
    await expect(byType.getByRole("row", { name: /^PER/ })).toContainText("0.667");
    await expect(byType.getByRole("row", { name: /^LOC/ })).toContainText("0.000");
    const heatmap = page.getByRole("table", { name: "Entity span F1 (overlap)" });
    await expect(heatmap.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Alice" }) })).toContainText("0.500");
    const csv = await page.request.get(await page.getByRole("link", { name: "Download CSV" }).getAttribute("href") ?? "");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("0.5");
    await page.screenshot({ path: "test-results/screens/review-dashboard.png", fullPage: true });

    // The ranked documents lead to the disputed one.
    const ranked = page.getByRole("table", { name: "Documents ranked by disagreement, highest first" });
    await ranked.getByRole("link", { name: /^Sanctions/ }).click();
    await expect(page).toHaveURL(new RegExp(`/documents/${setup.documentId}/review$`));
    await expect(page.getByText("Not started")).toBeVisible();
    const candidates = page.getByRole("list", { name: "Candidates" }).getByRole("listitem");
    await expect(candidates).toHaveCount(2);
    await expect(candidates.nth(0)).toContainText("Agreed");
    await expect(candidates.nth(0)).toContainText("Tokayev");
    await expect(candidates.nth(1)).toContainText("Disputed");
    await expect(candidates.nth(1)).toContainText("Kazakhstan");
    // The spans are painted over the text, one highlight per status.
    await expect
      .poll(() => page.evaluate(() => ["cd-rv-agreed", "cd-rv-disputed"].map((name) => CSS.highlights.get(name)?.size ?? 0)))
      .toEqual([1, 1]);
    await page.screenshot({ path: "test-results/screens/adjudication-before-start.png" });

    await page.getByRole("button", { name: "Start review" }).click();
    await expect(page.getByText("In review", { exact: true })).toBeVisible();
    const current = page.getByRole("region", { name: "Current candidate" });
    const decision = current.getByRole("status", { name: "Decision" });
    // The project pre-accepts unanimous spans: Tokayev is gold already.
    await expect(current).toContainText("Candidate 1 of 2");
    await expect(decision).toHaveText("Accepted");
    await expect(candidates.nth(0)).toContainText("Accepted");
    await expect.poll(() => page.evaluate(() => CSS.highlights.get("cd-rv-gold")?.size ?? 0)).toBe(1);

    // Keys act wherever the focus is, except in fields; the title is a neutral place to click.
    await page.getByRole("heading", { name: /^Sanctions/ }).click();
    await page.keyboard.press("j");
    await expect(current).toContainText("Candidate 2 of 2");
    await page.keyboard.press("k");
    await expect(current).toContainText("Candidate 1 of 2");
    // A click on a painted span in the text picks its candidate.
    const kazakhstan = await page.evaluate(() => {
      const text = document.querySelector('[aria-label="Article text"] p')!.firstChild as Text;
      const range = new Range();
      const at = text.data.indexOf("Kazakhstan") + 3;
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.click(kazakhstan.x, kazakhstan.y);
    await expect(current).toContainText("Candidate 2 of 2");
    await expect(current).toContainText("Disputed");
    await expect(current.getByRole("button", { name: /Accept A/ })).toBeVisible();
    await expect(current.getByRole("button", { name: /Accept B/ })).toBeVisible();
    await expect(current).toContainText("Person");
    await expect(current).toContainText("Place");
    await expect(decision).toHaveText("Pending");
    await page.screenshot({ path: "test-results/screens/adjudication-disputed.png" });

    await page.keyboard.press("2");
    await expect(decision).toHaveText("Accepted");
    await expect(candidates.nth(1)).toContainText("Accepted");
    await expect.poll(() => page.evaluate(() => CSS.highlights.get("cd-rv-gold")?.size ?? 0)).toBe(2);
    // u undoes, 2 accepts again: the gold set follows.
    await page.keyboard.press("u");
    await expect(decision).toHaveText("Pending");
    // Accepting with edits: Alice's span as a place is Bob's version, so both are its provenance.
    await current.getByText("Accept with edits").click();
    await current.getByLabel("Start from").selectOption({ label: "A: “Kazakhstan”" });
    await current.getByLabel("Entity type").selectOption({ label: "Place" });
    await current.getByRole("button", { name: "Accept edited" }).click();
    await expect(decision).toHaveText("Accepted");
    await expect(current.getByRole("button", { name: "Undo" })).toBeEnabled();
    await page.getByRole("heading", { name: /^Sanctions/ }).click();
    await page.keyboard.press("u");
    await expect(decision).toHaveText("Pending");
    await page.keyboard.press("2");
    await expect(decision).toHaveText("Accepted");

    await page.keyboard.press("Enter");
    await expect(page.getByText("Adjudicated", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reopen review" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/adjudication-finished.png" });

    // The gold set: Tokayev as both agreed, Kazakhstan as Bob had it, each with its provenance.
    const review = (await (await page.request.get(`/api/documents/${setup.documentId}/review`)).json()) as {
      review: { status: string };
      gold: { quote: string; origin: string; sourceAnnotationIds: number[] }[];
      spans: { id: number; quote: string; authorId: number }[];
    };
    expect(review.review.status).toBe("adjudicated");
    expect(review.gold.map((g) => [g.quote, g.origin, g.sourceAnnotationIds.length])).toEqual([
      ["Tokayev", "adjudication", 2],
      ["Kazakhstan", "adjudication", 1],
    ]);
  });

  test("annotators cannot open the review: 403 from the API, the 404 page in the browser", async ({ page, playwright, baseURL }) => {
    const alice = await signedIn(playwright, baseURL, demoUsers.alice);
    expect((await alice.get(`/api/documents/${setup.documentId}/review`)).status()).toBe(403);
    expect((await alice.post(`/api/documents/${setup.documentId}/review`, { data: { action: "start" } })).status()).toBe(403);
    expect((await alice.post(`/api/documents/${setup.documentId}/gold/rejections`, { data: { candidateKey: "entity:0-1" } })).status()).toBe(
      403,
    );
    await alice.dispose();
    await signInWithForm(page, "alice");
    const response = await page.goto(`/documents/${setup.documentId}/review`);
    expect(response?.status()).toBe(404);
    await page.screenshot({ path: "test-results/screens/adjudication-annotator-404.png" });
  });
});
