import { expect, test } from "@playwright/test";
import { json, signedIn } from "./support/review-project";
import { signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { importText, WorkspacePage } from "./support/workspace-page";

test("a decision record that fails to arrive is sent again, and undoing the acceptance withdraws it", async ({ page, playwright, baseURL }) => {
  const admin = await signedIn(playwright, baseURL, demoUsers.admin);
  const { id: projectId } = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `Decisions ${Date.now()}` } }), 201);
  for (const email of [demoUsers.alice, demoUsers.bob]) {
    await json(await admin.post(`/api/projects/${projectId}/members`, { data: { email, roles: ["annotator"] } }), 201);
  }
  const schema = await json<{ entityTypes: { id: number; key: string }[] }>(
    await admin.put(`/api/projects/${projectId}/schema`, {
      data: { entityTypes: [{ key: "ORG", name: "Organisation", color: "#16a34a", hotkey: "2" }], stanceLabels: [], relationTypes: [] },
    }),
    200,
  );
  const organisationId = schema.entityTypes[0]!.id;
  await json(await admin.patch(`/api/projects/${projectId}/recommenders`, { data: { items: [{ recommender: "string-matching", layer: "entity", enabled: true }] } }), 200);
  const firstId = await importText(admin, projectId, "Plant", "Rosatom will build the plant.\n");
  const secondId = await importText(admin, projectId, "Engineers", "Engineers from ROSATOM arrived in May.\n");
  const { items: members } = await json<{ items: { userId: number; email: string }[] }>(await admin.get(`/api/projects/${projectId}/members`), 200);
  const userId = (email: string) => members.find((member) => member.email === email)!.userId;
  await json(await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId: firstId, userId: userId(demoUsers.alice) } }), 201);
  await json(await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId: secondId, userId: userId(demoUsers.bob) } }), 201);

  const alice = await signedIn(playwright, baseURL, demoUsers.alice);
  await json(
    await alice.post(`/api/documents/${firstId}/annotations`, { data: { layer: "entity", start: 0, end: 7, quote: "Rosatom", entityTypeId: organisationId } }),
    201,
  );
  await json(await alice.post(`/api/documents/${firstId}/submit`), 200);
  await alice.dispose();

  const acceptance = async () => {
    const { items } = await json<{ items: { recommender: string; layer: string; accepted: number; rejected: number }[] }>(
      await admin.get(`/api/projects/${projectId}/recommenders/quality`),
      200,
    );
    return items.find((item) => item.recommender === "string-matching" && item.layer === "entity");
  };

  await signInWithForm(page, "bob");
  await expect
    .poll(async () => {
      const { items } = await json<{ items: { source: string }[] }>(await page.request.get(`/api/documents/${secondId}/suggestions`), 200);
      return items.filter((item) => item.source === "recommender").length;
    })
    .toBe(1);
  const workspace = new WorkspacePage(page);
  await workspace.open(secondId);

  // The first two records are lost on the way (the server is unreachable); the workspace says so and keeps trying.
  let refused = 0;
  await page.route(`**/api/documents/${secondId}/suggestion-decisions`, async (route) => {
    if (route.request().method() === "POST" && refused < 2) {
      refused++;
      await route.fulfill({ status: 503, json: { error: { code: "unavailable", message: "Try again" } } });
      return;
    }
    await route.fallback();
  });
  // Tab reaches the suggestion once the workspace has it.
  await expect(workspace.panel.getByText("1 suggested mention awaits a decision", { exact: false })).toBeVisible();
  await workspace.text.focus();
  await page.keyboard.press("Tab");
  await expect(workspace.panel.getByRole("region", { name: "Selected suggestion" }).getByRole("blockquote")).toHaveText("ROSATOM");
  await page.keyboard.press("y");
  await expect(workspace.panel.getByRole("region", { name: "Selected entity mention" })).toContainText("ROSATOM");
  await expect(workspace.saveState).toHaveText("Offline, retrying");
  await workspace.waitUntilSaved();
  expect(refused).toBe(2);
  expect(await workspace.savedSpans(secondId)).toEqual([expect.objectContaining({ quote: "ROSATOM", origin: "suggestion" })]);
  expect(await acceptance()).toMatchObject({ accepted: 1, rejected: 0 });

  // Undo takes the span and the record back; redo makes both again.
  await workspace.text.focus();
  await page.keyboard.press("Control+z");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(secondId)).toEqual([]);
  expect(await acceptance()).toMatchObject({ accepted: 0, rejected: 0 });
  await page.keyboard.press("Control+Shift+z");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(secondId)).toEqual([expect.objectContaining({ quote: "ROSATOM" })]);
  expect(await acceptance()).toMatchObject({ accepted: 1, rejected: 0 });
  await admin.dispose();
});
