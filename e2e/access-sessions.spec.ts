import { type APIRequestContext, expect, test } from "@playwright/test";
import { type AccessWorld, authModes, createAccessWorld, unique } from "./support/access-world";
import { json } from "./support/review-project";

/**
 * Credentials and memberships change while a caller is signed in. Nothing is remembered from the
 * session or the token: the next request is judged on what the database says now.
 */
let world: AccessWorld;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  world = await createAccessWorld(playwright, baseURL, "Sessions");
});

test.afterAll(async () => {
  await world.dispose();
});

async function newToken(session: APIRequestContext): Promise<{ id: number; token: string }> {
  return json(await session.post("/api/tokens", { data: { name: unique("script") } }), 201);
}

test("a revoked API token is refused on the very next request", async ({ playwright, baseURL }) => {
  for (const revokeWith of ["session", "token"] as const) {
    const { id, token } = await newToken(world.session.annotator);
    const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    expect((await script.get(`/api/projects/${world.projectId}`)).status()).toBe(200);
    const revoker = revokeWith === "session" ? world.session.annotator : script;
    expect((await revoker.delete(`/api/tokens/${id}`)).status()).toBe(204);
    const refused = await script.get(`/api/projects/${world.projectId}`);
    expect(refused.status(), `revoked with the ${revokeWith}`).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
    expect((await script.post(`/api/documents/${world.documentId}/submit`)).status()).toBe(401);
    await script.dispose();
  }
});

test("a member removed from the project is refused on the next request, and let in again when re-added", async () => {
  const project = `/api/projects/${world.projectId}`;
  for (const mode of authModes) {
    expect((await world.as("annotator", mode).get(project)).status(), mode).toBe(200);
  }
  expect((await world.owner.delete(`${project}/members/${world.userIds.annotator}`)).status()).toBe(204);
  for (const mode of authModes) {
    const api = world.as("annotator", mode);
    expect((await api.get(project)).status(), mode).toBe(404);
    expect((await api.get(`/api/documents/${world.documentId}`)).status(), mode).toBe(404);
    const span = await api.post(`/api/documents/${world.documentId}/annotations`, {
      data: { layer: "entity", start: 0, end: 10, quote: "Kazakhstan", entityTypeId: world.entityTypeId },
    });
    expect(span.status(), mode).toBe(404);
    const listed = await json<{ items: { id: number }[] }>(await api.get("/api/projects"), 200);
    expect(listed.items.map((p) => p.id), mode).not.toContain(world.projectId);
  }
  await json(await world.owner.post(`${project}/members`, { data: { email: world.emails.annotator, roles: ["annotator"] } }), 201);
  for (const mode of authModes) expect((await world.as("annotator", mode).get(project)).status(), mode).toBe(200);
});

test("a manager whose role is taken away loses its powers on the next request", async () => {
  const project = `/api/projects/${world.projectId}`;
  for (const mode of authModes) {
    expect((await world.as("manager", mode).get(`${project}/members`)).status(), mode).toBe(200);
  }
  await json(await world.owner.put(`${project}/members/${world.userIds.manager}`, { data: { roles: ["annotator"] } }), 200);
  for (const mode of authModes) {
    const api = world.as("manager", mode);
    expect((await api.get(`${project}/members`)).status(), mode).toBe(403);
    expect((await api.patch(project, { data: { description: "still mine?" } })).status(), mode).toBe(403);
    expect((await api.get(project)).status(), mode).toBe(200);
  }
  await json(await world.owner.put(`${project}/members/${world.userIds.manager}`, { data: { roles: ["manager"] } }), 200);
  for (const mode of authModes) expect((await world.as("manager", mode).get(`${project}/members`)).status(), mode).toBe(200);
});

test("a session cookie the server did not sign is no session", async ({ playwright, baseURL }) => {
  const signed = await world.session.annotator.storageState();
  const cookie = signed.cookies.find((c) => c.name === "next-auth.session-token");
  expect(cookie).toBeDefined();
  // One character changed in the encrypted token: its authentication tag no longer matches.
  const value = cookie!.value;
  const tampered = `${value.slice(0, -2)}${value.at(-2) === "A" ? "B" : "A"}${value.at(-1)}`;
  const forged = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [{ ...cookie!, value: tampered }], origins: [] },
  });
  expect((await forged.get("/api/projects")).status()).toBe(401);
  expect((await forged.get("/api/auth/session")).status()).toBe(200);
  expect(await (await forged.get("/api/auth/session")).json()).toEqual({});
  await forged.dispose();
});
