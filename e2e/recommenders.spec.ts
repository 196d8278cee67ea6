import { expect, test } from "@playwright/test";
import { json, signedIn } from "./support/review-project";
import { signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { importText, pythonIndex, WorkspacePage } from "./support/workspace-page";

const first = "Rosatom will build the plant, the minister said.\n";
const second = "Engineers from ROSATOM arrived in May. Rosatom denies any delay.\n";

test("what one annotator marks and submits is suggested in another document, with its why and score, and accepting creates the span", async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = await signedIn(playwright, baseURL, demoUsers.admin);
  const { id: projectId } = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `Recommenders ${Date.now()}` } }), 201);
  for (const email of [demoUsers.alice, demoUsers.bob]) {
    await json(await admin.post(`/api/projects/${projectId}/members`, { data: { email, roles: ["annotator"] } }), 201);
  }
  const schema = await json<{ entityTypes: { id: number; key: string }[] }>(
    await admin.put(`/api/projects/${projectId}/schema`, {
      data: {
        entityTypes: [
          { key: "PER", name: "Person", color: "#2563eb", hotkey: "1" },
          { key: "ORG", name: "Organisation", color: "#16a34a", hotkey: "2" },
        ],
        stanceLabels: [{ key: "favor", name: "Favor", color: "#16a34a", hotkey: null }],
        relationTypes: [],
      },
    }),
    200,
  );
  const organisationId = schema.entityTypes.find((type) => type.key === "ORG")!.id;
  const settings = await json<{ items: { recommender: string; layer: string; enabled: boolean }[] }>(
    await admin.patch(`/api/projects/${projectId}/recommenders`, { data: { items: [{ recommender: "string-matching", layer: "entity", enabled: true }] } }),
    200,
  );
  expect(settings.items).toContainEqual({ recommender: "string-matching", layer: "entity", enabled: true });
  const firstId = await importText(admin, projectId, "Plant", first);
  const secondId = await importText(admin, projectId, "Engineers", second);
  const { items: members } = await json<{ items: { userId: number; email: string }[] }>(await admin.get(`/api/projects/${projectId}/members`), 200);
  const userId = (email: string) => members.find((member) => member.email === email)!.userId;
  await json(await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId: firstId, userId: userId(demoUsers.alice) } }), 201);
  await json(await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId: secondId, userId: userId(demoUsers.bob) } }), 201);
  await admin.dispose();

  // Alice marks Rosatom as an organisation and submits.
  await signInWithForm(page, "alice");
  const workspace = new WorkspacePage(page);
  await workspace.open(firstId);
  await workspace.select("Rosatom");
  await page.keyboard.press("2");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(firstId)).toEqual([expect.objectContaining({ quote: "Rosatom", entityTypeId: organisationId })]);
  await json(await page.request.post(`/api/documents/${firstId}/submit`), 200);

  // Bob's document offers both mentions once the recommenders have learnt from it (in the background).
  await page.context().clearCookies();
  await signInWithForm(page, "bob");
  await expect
    .poll(async () => {
      const { items } = await json<{ items: { source: string; quote: string }[] }>(await page.request.get(`/api/documents/${secondId}/suggestions`), 200);
      return items.filter((item) => item.source === "recommender").map((item) => item.quote);
    })
    .toEqual(["ROSATOM", "Rosatom"]);
  await workspace.open(secondId);
  expect(await workspace.savedSpans(secondId)).toEqual([]);
  await expect(workspace.panel.getByText("2 suggested mentions", { exact: false })).toBeVisible();

  await workspace.text.focus();
  await page.keyboard.press("Tab");
  const suggestion = workspace.panel.getByRole("region", { name: "Selected suggestion" });
  await expect(suggestion.getByRole("heading", { name: "Suggested Organisation" })).toBeVisible();
  await expect(suggestion.getByRole("blockquote")).toHaveText("ROSATOM");
  await expect(suggestion.getByRole("definition").filter({ hasText: "marked ORG once" })).toBeVisible();
  await expect(suggestion.getByRole("definition").filter({ hasText: "String matching" })).toBeVisible();
  await expect(suggestion.getByRole("definition").filter({ hasText: "0.50" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/recommenders-suggestion.png" });

  await page.keyboard.press("y");
  await expect(workspace.panel.getByRole("region", { name: "Selected entity mention" })).toContainText("ROSATOM");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(secondId)).toEqual([
    expect.objectContaining({ quote: "ROSATOM", entityTypeId: organisationId, origin: "suggestion" }),
  ]);

  // The other mention is accepted with every suggestion above a chosen score.
  await page.keyboard.press("Escape");
  await workspace.text.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(suggestion.getByRole("blockquote")).toHaveText("Rosatom");
  await suggestion.getByLabel("Accept all above score").fill("0.4");
  await suggestion.getByRole("button", { name: "Accept 1 suggestion scoring 0.40 or more" }).click();
  await workspace.waitUntilSaved();
  expect((await workspace.savedSpans(secondId)).map((span) => [span.quote, span.entityTypeId, span.origin])).toEqual([
    ["ROSATOM", organisationId, "suggestion"],
    ["Rosatom", organisationId, "suggestion"],
  ]);
  await expect(workspace.panel.getByText("suggested mention", { exact: false })).toHaveCount(0);

  // Both acceptances are recorded, and the project page shows the recommender's figures.
  await page.context().clearCookies();
  await signInWithForm(page, "admin");
  await expect
    .poll(async () => {
      const { items } = await json<{ items: { recommender: string; layer: string; accepted: number; rejected: number }[] }>(
        await page.request.get(`/api/projects/${projectId}/recommenders/quality`),
        200,
      );
      return items.find((item) => item.recommender === "string-matching" && item.layer === "entity");
    })
    .toMatchObject({ accepted: 2, rejected: 0 });
  await page.goto(`/projects/${projectId}`);
  const table = page.getByRole("region", { name: "Recommenders" });
  const row = table.getByRole("row", { name: /^String matching entity/ });
  await expect(row.getByRole("cell")).toHaveText(["entity", "on", "2 / 0", "100 %", "—", "—", "—"]);
  await page.screenshot({ path: "test-results/screens/recommenders-project.png", fullPage: true });

  // A manager switches a recommender on from the same table.
  const claimSwitch = table.getByRole("checkbox", { name: "Claim matching on the claim layer" });
  await expect(claimSwitch).not.toBeChecked();
  await claimSwitch.check();
  await expect(claimSwitch).toBeEnabled();
  await expect(claimSwitch).toBeChecked();
  const { items: switched } = await json<{ items: { recommender: string; layer: string; enabled: boolean }[] }>(
    await page.request.get(`/api/projects/${projectId}/recommenders`),
    200,
  );
  expect(switched).toContainEqual({ recommender: "claim-matching", layer: "claim", enabled: true });
});

test("a claim span is offered the catalog claim that quotes like it were linked to, then its claimant's earlier stance", async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = await signedIn(playwright, baseURL, demoUsers.admin);
  const { id: projectId } = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `Claim matching ${Date.now()}` } }), 201);
  for (const email of [demoUsers.alice, demoUsers.bob]) {
    await json(await admin.post(`/api/projects/${projectId}/members`, { data: { email, roles: ["annotator"] } }), 201);
  }
  const statement = "Kazakhstan backs the Western sanctions";
  const { id: claimId } = await json<{ id: number }>(await admin.post(`/api/projects/${projectId}/claims`, { data: { statement } }), 201);
  await json(await admin.post(`/api/projects/${projectId}/claims`, { data: { statement: "The pipeline opens in May" } }), 201);
  const { id: tokayevId } = await json<{ id: number }>(
    await admin.post(`/api/projects/${projectId}/entities`, { data: { name: "Tokayev", aliases: [] } }),
    201,
  );
  const items = [
    { recommender: "claim-matching", layer: "claim", enabled: true },
    { recommender: "stance-prior", layer: "claim", enabled: true },
  ];
  await json(await admin.patch(`/api/projects/${projectId}/recommenders`, { data: { items } }), 200);
  const firstText = "The minister said that Kasachstan unterstützt die Sanktionen gegen Russland.\n";
  const secondText = "Officials repeated: Kasachstan unterstützt weiterhin die Sanktionen.\n";
  const firstId = await importText(admin, projectId, "Minister", firstText);
  const secondId = await importText(admin, projectId, "Officials", secondText);
  const { items: members } = await json<{ items: { userId: number; email: string }[] }>(await admin.get(`/api/projects/${projectId}/members`), 200);
  const userId = (email: string) => members.find((member) => member.email === email)!.userId;
  await json(await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId: firstId, userId: userId(demoUsers.alice) } }), 201);
  await json(await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId: secondId, userId: userId(demoUsers.bob) } }), 201);
  await admin.dispose();

  // Alice links a German wording to the claim and submits.
  const alice = await signedIn(playwright, baseURL, demoUsers.alice);
  const linked = "Kasachstan unterstützt die Sanktionen gegen Russland";
  const at = pythonIndex(firstText, linked);
  await json(
    await alice.post(`/api/documents/${firstId}/annotations`, {
      data: { layer: "claim", start: at, end: at + linked.length, quote: linked, claimId, stance: "favor", claimantEntityId: tokayevId },
    }),
    201,
  );
  await json(await alice.post(`/api/documents/${firstId}/submit`), 200);
  await alice.dispose();

  // Bob marks a claim span in his document; once the recommenders have learnt, it is offered the claim.
  const bob = await signedIn(playwright, baseURL, demoUsers.bob);
  const quote = "Kasachstan unterstützt weiterhin die Sanktionen";
  const start = pythonIndex(secondText, quote);
  const span = await json<{ id: number }>(
    await bob.post(`/api/documents/${secondId}/annotations`, {
      data: { layer: "claim", start, end: start + quote.length, quote, claimantEntityId: tokayevId },
    }),
    201,
  );
  await expect
    .poll(async () => (await json<{ claims: { claimId: number }[] }>(await bob.get(`/api/annotations/${span.id}/recommendations`), 200)).claims[0]?.claimId)
    .toBe(claimId);
  await bob.dispose();

  await signInWithForm(page, "bob");
  const workspace = new WorkspacePage(page);
  await workspace.open(secondId);
  await workspace.text.focus();
  await page.keyboard.press("Tab");
  const claimPanel = workspace.panel.getByRole("region", { name: "Selected claim span" });
  const recommended = claimPanel.getByRole("region", { name: "Recommended for this claim span" });
  await expect(recommended.getByText(/^0\.\d\d · like “Kasachstan unterstützt die Sanktionen gegen Russland”, linked to it before$/)).toBeVisible();
  await page.screenshot({ path: "test-results/screens/recommenders-claim.png" });
  await recommended.getByRole("button", { name: statement }).click();
  await expect(claimPanel.getByText(statement)).toBeVisible();
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(secondId)).toEqual([expect.objectContaining({ quote, claimId, stance: null })]);

  // With a claim and a claimant, the span is offered the stance Tokayev took toward the claim before.
  await expect(recommended.getByText(/^0\.50 · took Favor once before$/)).toBeVisible();
  await expect(recommended.getByRole("list", { name: "Evidence" })).toHaveText(`“${linked}”`);
  await page.screenshot({ path: "test-results/screens/recommenders-stance.png" });
  await recommended.getByRole("button", { name: "Use Favor" }).click();
  await expect(claimPanel.getByRole("button", { name: /^Favor/ })).toHaveAttribute("aria-pressed", "true");
  await expect(recommended).toHaveCount(0);
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(secondId)).toEqual([expect.objectContaining({ quote, claimId, stance: "favor", claimantEntityId: tokayevId })]);

  // Both are recorded as accepted; undoing the stance takes its record back.
  const manager = await signedIn(playwright, baseURL, demoUsers.admin);
  const accepted = async () => {
    const { items } = await json<{ items: { recommender: string; accepted: number }[] }>(await manager.get(`/api/projects/${projectId}/recommenders/quality`), 200);
    return Object.fromEntries(items.filter((item) => item.recommender !== "string-matching").map((item) => [item.recommender, item.accepted]));
  };
  expect(await accepted()).toEqual({ "claim-matching": 1, "stance-prior": 1 });
  await workspace.text.focus();
  await page.keyboard.press("Control+z");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(secondId)).toEqual([expect.objectContaining({ quote, claimId, stance: null })]);
  expect(await accepted()).toEqual({ "claim-matching": 1, "stance-prior": 0 });
  await manager.dispose();
});

test("a manager switches Next document to the least certain documents first in the project settings", async ({ page, playwright, baseURL }) => {
  const admin = await signedIn(playwright, baseURL, demoUsers.admin);
  const { id: projectId } = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `Queue order ${Date.now()}` } }), 201);

  await signInWithForm(page, "admin");
  await page.goto(`/projects/${projectId}/settings`);
  const order = page.getByLabel("Next document order");
  await expect(order).toHaveValue("default");
  await expect(order).toHaveAccessibleDescription(/least sure about/);
  await order.selectOption({ label: "Least certain recommendations first" });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const project = await json<{ settings: { queueOrder: string } }>(await admin.get(`/api/projects/${projectId}`), 200);
  expect(project.settings.queueOrder).toBe("uncertainty");
  await page.reload();
  await expect(page.getByLabel("Next document order")).toHaveValue("uncertainty");
  await admin.dispose();
});

test("a manager adds a Polish translation to a claim in the catalog, and a Polish claim span is offered the claim through it", async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = await signedIn(playwright, baseURL, demoUsers.admin);
  const { id: projectId } = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `Translations ${Date.now()}` } }), 201);
  await json(await admin.post(`/api/projects/${projectId}/members`, { data: { email: demoUsers.bob, roles: ["annotator"] } }), 201);
  const statement = "Kazakhstan supports the sanctions";
  const { id: claimId } = await json<{ id: number }>(await admin.post(`/api/projects/${projectId}/claims`, { data: { statement } }), 201);
  const items = [{ recommender: "claim-matching", layer: "claim", enabled: true }];
  await json(await admin.patch(`/api/projects/${projectId}/recommenders`, { data: { items } }), 200);
  const text = "Prezydent mówi: rząd wspiera nowe restrykcje.\n";
  const documentId = await importText(admin, projectId, "Polish", text);
  const { items: members } = await json<{ items: { userId: number; email: string }[] }>(await admin.get(`/api/projects/${projectId}/members`), 200);
  const bobId = members.find((member) => member.email === demoUsers.bob)!.userId;
  await json(await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId, userId: bobId } }), 201);
  await admin.dispose();

  await signInWithForm(page, "admin");
  await page.goto(`/projects/${projectId}/claims`);
  const row = page.getByRole("listitem", { name: statement });
  await row.getByRole("button", { name: "Edit" }).click();
  await row.getByRole("button", { name: "Add translation" }).click();
  await row.getByLabel("Language of translation 1").fill("PL");
  await row.getByLabel("Text of translation 1").fill("Rząd wspiera <b>restrykcje</b>");
  await row.getByRole("button", { name: "Save" }).click();
  const translations = row.getByRole("list", { name: "Translations" });
  await expect(translations.getByRole("listitem")).toHaveText(["plRząd wspiera <b>restrykcje</b>"]);
  await page.screenshot({ path: test.info().outputPath("claim-translations.png"), fullPage: true });

  const bob = await signedIn(playwright, baseURL, demoUsers.bob);
  const quote = "rząd wspiera nowe restrykcje";
  const start = pythonIndex(text, quote);
  const span = await json<{ id: number }>(
    await bob.post(`/api/documents/${documentId}/annotations`, { data: { layer: "claim", start, end: start + quote.length, quote } }),
    201,
  );
  await expect
    .poll(async () => (await json<{ claims: { claimId: number; why: string }[] }>(await bob.get(`/api/annotations/${span.id}/recommendations`), 200)).claims[0])
    .toMatchObject({ claimId, why: "like its translation “Rząd wspiera <b>restrykcje</b>” (pl)" });
  await bob.dispose();
});
