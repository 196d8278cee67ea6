import { expect, test } from "@playwright/test";
import { signInApi, signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { demoProjectId, importText, pythonIndex, pythonSlice, WorkspacePage } from "./support/workspace-page";

// Astral characters (😀 is 1 code point / 2 UTF-16 units; the fireman 👨🏻‍🚒 is 4 / 7) precede the
// first marks, so any UTF-16 offset leaking into the API would shift them.
const paragraphs = [
  "😀 👨🏻‍🚒 Kasachstan hält sich an die Sanktionen gegen Russland.",
  "托卡耶夫说，哈萨克斯坦遵守对俄制裁。",
  "Le cafe\u0301 de Tokayev et le q\u0303 final.",
  "قال توكاييف إن كازاخستان تلتزم بالعقوبات.",
];

test.describe("exact offsets", () => {
  let documentId: number;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const admin = await playwright.request.newContext({ baseURL });
    expect(await signInApi(admin, demoUsers.admin)).toBe(200);
    const projectId = await demoProjectId(admin);
    const run = `Run ${Date.now()}`; // Imports refuse a text the project already holds.
    documentId = await importText(admin, projectId, `Offsets ${run}`, [...paragraphs, run].join("\n\n"));
    await admin.dispose();
  });

  test("saved offsets and quotes equal Python's text[start:end]", async ({ page }) => {
    await signInWithForm(page, "alice");
    const workspace = new WorkspacePage(page);
    await workspace.open(documentId);
    // The stored text is NFC: "e" + U+0301 became "é"; "q" + U+0303 has no precomposed form.
    const text = await workspace.storedText(documentId);
    const cafe = /caf\S+/u.exec(text)![0];
    const qTilde = "q\u0303";

    // Partial selections snap to whole words; Alt marks exactly what is selected.
    await workspace.select("sachst");
    await page.keyboard.press("3");
    await workspace.dragSelect("Sanktionen");
    await page.keyboard.press("2");
    await workspace.select("托卡耶夫");
    await page.keyboard.press("Alt+1");
    await workspace.select(cafe.slice(0, 3));
    await page.keyboard.press("4");
    await workspace.select(qTilde);
    await page.keyboard.press("Alt+4");
    await workspace.select("توكاييف");
    await page.keyboard.press("1");
    await workspace.waitUntilSaved();

    const spans = await workspace.savedSpans(documentId);
    const expected = ["Kasachstan", "Sanktionen", "托卡耶夫", cafe, qTilde, "توكاييف"];
    expect(spans.map((s) => s.quote).sort()).toEqual([...expected].sort());
    for (const quote of expected) {
      const span = spans.find((s) => s.quote === quote)!;
      expect(span.start, quote).toBe(pythonIndex(text, quote));
      expect(span.end - span.start, quote).toBe(Array.from(quote).length);
      expect(pythonSlice(text, span.start, span.end)).toBe(quote);
    }
    // Code points, not UTF-16 units: the two emoji before it take 4 units more than code points.
    expect(spans.find((s) => s.quote === "Kasachstan")!.start).toBe(text.indexOf("Kasachstan") - 4);

    // A reload draws exactly what was saved.
    await page.reload();
    await expect(page.locator("[data-ready]")).toBeVisible();
    await expect(workspace.panel.getByText(`All marks (${expected.length})`)).toBeVisible();
    await page.screenshot({ path: "test-results/screens/workspace-offsets.png" });
  });
});
