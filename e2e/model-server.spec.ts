import { expect, test } from "@playwright/test";
import { startTestModelBackend, type TestModelBackend } from "../lib/server/model-server/label-studio-test-backend";
import { signInApi, signInWithForm } from "./support/sign-in";
import { demoUsers } from "./support/users";
import { WorkspacePage } from "./support/workspace-page";

const text = "🇰🇿 Präsident Tokajew sagte am Montag: Kasachstan unterstützt die Sanktionen. 托卡耶夫表示支持。\n";

let backend: TestModelBackend;
test.beforeAll(async () => {
  backend = await startTestModelBackend({ words: { Tokajew: "PER" }, modelVersion: "e2e-ner-7" });
});
test.afterAll(async () => {
  await backend.close();
});

test("a manager connects a model server and an annotator accepts its prediction as a suggestion", async ({ page, playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  expect(await signInApi(admin, demoUsers.admin)).toBe(200);
  const { id: projectId } = (await (await admin.post("/api/projects", { data: { name: `Model server ${Date.now()}` } })).json()) as { id: number };
  expect((await admin.post(`/api/projects/${projectId}/members`, { data: { email: demoUsers.alice, roles: ["annotator"] } })).status()).toBe(201);
  const schema = (await (await admin.get(`/api/projects/${projectId}/schema`)).json()) as { entityTypes: unknown[] };
  const withPerson = { ...schema, entityTypes: [...schema.entityTypes, { key: "PER", name: "Person", color: "#2563eb", hotkey: "p" }] };
  expect((await admin.put(`/api/projects/${projectId}/schema`, { data: withPerson })).status()).toBe(200);
  const { items: members } = (await (await admin.get(`/api/projects/${projectId}/members`)).json()) as { items: { userId: number; email: string }[] };
  const aliceId = members.find((member) => member.email === demoUsers.alice)!.userId;
  const importForAlice = async (title: string, body: string) => {
    const report = await admin.post(`/api/projects/${projectId}/documents`, { data: { documents: [{ title, text: body }] } });
    const id = ((await report.json()) as { imported: { id: number }[] }).imported[0]!.id;
    expect((await admin.post(`/api/projects/${projectId}/assignments`, { data: { documentId: id, userId: aliceId } })).status()).toBeLessThan(300);
    return id;
  };
  const documentId = await importForAlice("Tokajew", text);

  // The manager names the server, tests the connection and runs the predictions.
  await signInWithForm(page, "admin");
  await page.goto(`/projects/${projectId}/settings`);
  const section = page.getByRole("region", { name: "Model server" });
  await section.getByLabel("Model server URL").fill(backend.url);
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByText("Not checked yet")).toBeVisible();
  await section.getByRole("button", { name: "Test connection" }).click();
  const status = section.getByRole("definition").filter({ hasText: /^OK/ });
  await expect(status).toBeVisible();
  await expect(section.getByText("e2e-ner-7 (TestNer)")).toBeVisible();
  await section.getByRole("button", { name: "Predict documents without predictions" }).click();
  await expect(section.getByRole("status")).toHaveText("Predicted 1 document (1 span; 1 dropped, not matching the text or the labels).");
  await expect(section.getByText("1 of 1 documents")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/model-server-settings.png", fullPage: true });

  // A server that fails shows as failing, with its message; the settings page keeps working.
  backend.setMode({ kind: "error", status: 500 });
  await section.getByRole("button", { name: "Test connection" }).click();
  await expect(section.getByRole("definition").filter({ hasText: /^Failing/ })).toBeVisible();
  await expect(section.getByText(`${backend.url}health answered HTTP 500`, { exact: false })).toBeVisible();
  backend.setMode({ kind: "ok" });
  await section.getByRole("button", { name: "Test connection" }).click();
  await expect(status).toBeVisible();

  // A document imported later is predicted in the background once its import has answered.
  const later = await importForAlice("Später", "Am Dienstag reiste Tokajew nach Peking.\n");
  const predictedDocuments = async () =>
    ((await (await admin.get(`/api/projects/${projectId}/model-server`)).json()) as { modelServer: { documents: { predicted: number } } }).modelServer.documents
      .predicted;
  await expect.poll(predictedDocuments).toBe(2);
  await admin.dispose();

  // Alice sees the model's span as a dashed suggestion and accepts it into her own set.
  await page.context().clearCookies();
  await signInWithForm(page, "alice");
  const workspace = new WorkspacePage(page);
  await workspace.open(documentId);
  expect(await workspace.savedSpans(documentId)).toEqual([]);
  await expect(workspace.panel.getByText("1 prediction from the model server awaits a decision", { exact: false })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/model-server-suggestion.png" });
  await workspace.text.focus();
  await page.keyboard.press("Tab");
  const suggestion = workspace.panel.getByRole("region", { name: "Selected suggestion" });
  await expect(suggestion.getByRole("heading", { name: "Predicted PER" })).toBeVisible();
  await expect(suggestion.getByText("Predicted by the project's model server (model e2e-ner-7, score 0.90)", { exact: false })).toBeVisible();
  await expect(suggestion.getByRole("blockquote")).toHaveText("Tokajew");
  await page.keyboard.press("y");
  await workspace.waitUntilSaved();
  expect(await workspace.savedSpans(documentId)).toEqual([expect.objectContaining({ quote: "Tokajew", start: 13, end: 20, origin: "suggestion" })]);

  await workspace.open(later);
  await expect(workspace.panel.getByText("1 prediction from the model server awaits a decision", { exact: false })).toBeVisible();
  await workspace.text.focus();
  await page.keyboard.press("Tab");
  await expect(suggestion.getByRole("blockquote")).toHaveText("Tokajew");
});
