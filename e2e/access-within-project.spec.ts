import { type APIRequestContext, expect, test } from "@playwright/test";
import { type AccessWorld, authModes, createAccessWorld, type Span } from "./support/access-world";
import { json } from "./support/review-project";
import { signInApi } from "./support/sign-in";
import { demoUsers } from "./support/users";

/**
 * Rows of the caller's own project that the design still keeps from them: another annotator's
 * spans, and documents not assigned to an annotator where the project restricts them.
 */
let world: AccessWorld;
let bob: APIRequestContext;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  world = await createAccessWorld(playwright, baseURL, "Within");
  await json(await world.owner.post(`/api/projects/${world.projectId}/members`, { data: { email: demoUsers.bob, roles: ["annotator"] } }), 201);
  bob = await playwright.request.newContext({ baseURL });
  expect(await signInApi(bob, demoUsers.bob)).toBe(200);
});

test.afterAll(async () => {
  await bob.dispose();
  await world.dispose();
});

const entitySpan = () => ({ layer: "entity", start: 0, end: 10, quote: "Kazakhstan", entityTypeId: world.entityTypeId });

async function bobsDeletedAndLiveSpans(documentId: number): Promise<{ live: Span; deleted: Span }> {
  const live = await json<Span>(await bob.post(`/api/documents/${documentId}/annotations`, { data: entitySpan() }), 201);
  const deleted = await json<Span>(await bob.post(`/api/documents/${documentId}/annotations`, { data: entitySpan() }), 201);
  expect((await bob.delete(`/api/annotations/${deleted.id}?version=${deleted.version}`)).status()).toBe(204);
  return { live, deleted };
}

/** Edit, delete and restore, each refused with `status`. */
async function expectChangesRefused(api: APIRequestContext, spans: { live: Span; deleted: Span }, status: number, label: string) {
  const attempts = [
    () => api.patch(`/api/annotations/${spans.live.id}`, { data: { version: spans.live.version, note: "not yours" } }),
    () => api.delete(`/api/annotations/${spans.live.id}?version=${spans.live.version}`),
    () => api.post(`/api/annotations/${spans.deleted.id}/restore`, { data: { version: spans.deleted.version } }),
  ];
  for (const attempt of attempts) expect((await attempt()).status(), label).toBe(status);
}

test("another annotator's spans: hidden (404) in a blind project, 403 where annotators see each other", async () => {
  const spans = await bobsDeletedAndLiveSpans(world.documentId);
  for (const mode of authModes) {
    const annotator = world.as("annotator", mode);
    await expectChangesRefused(annotator, spans, 404, mode);
    const own = await json<{ spans: { id: number }[] }>(await annotator.get(`/api/documents/${world.documentId}/annotations`), 200);
    expect(own.spans.map((s) => s.id), mode).not.toContain(spans.live.id);
    // Reviewers and admins see everyone's work, and still may not change it.
    for (const role of ["reviewer", "manager", "admin"] as const) {
      await expectChangesRefused(world.as(role, mode), spans, 403, `${role} ${mode}`);
    }
  }
  await json(await world.owner.patch(`/api/projects/${world.projectId}`, { data: { settings: { blind: false } } }), 200);
  for (const mode of authModes) {
    await expectChangesRefused(world.as("annotator", mode), spans, 403, mode);
  }
  const after = await json<{ spans: Span[] }>(await bob.get(`/api/documents/${world.documentId}/annotations`), 200);
  expect(after.spans.find((s) => s.id === spans.live.id)).toMatchObject({ version: spans.live.version });
  expect(after.spans.map((s) => s.id)).not.toContain(spans.deleted.id);
  await json(await world.owner.patch(`/api/projects/${world.projectId}`, { data: { settings: { blind: true } } }), 200);
});

test("an annotator restricted to assigned documents cannot reach any other, by any route", async () => {
  await json(await world.owner.patch(`/api/projects/${world.projectId}`, { data: { settings: { restrictToAssigned: true } } }), 200);
  const documentId = await world.importDocument();
  const claimId = await world.createClaim();
  const attempts = (api: APIRequestContext) => [
    () => api.get(`/api/documents/${documentId}`),
    () => api.get(`/api/documents/${documentId}/annotations`),
    () => api.get(`/api/documents/${documentId}/suggestions`),
    () => api.post(`/api/documents/${documentId}/annotations`, { data: entitySpan() }),
    () => api.put(`/api/documents/${documentId}/labels`, { data: { claimId, stance: "favor" } }),
    () => api.post(`/api/documents/${documentId}/submit`),
    () => api.post(`/api/projects/${world.projectId}/queue/skip`, { data: { documentId } }),
  ];
  for (const mode of authModes) {
    const annotator = world.as("annotator", mode);
    for (const [index, attempt] of attempts(annotator).entries()) expect((await attempt()).status(), `${mode} #${index}`).toBe(404);
    for (const query of ["", "?q=Kazakhstan"]) {
      const listed = await json<{ items: { id: number }[] }>(await annotator.get(`/api/projects/${world.projectId}/documents${query}`), 200);
      expect(listed.items.map((d) => d.id), `${mode} ${query}`).not.toContain(documentId);
    }
    const reviewer = world.as("reviewer", mode);
    expect((await reviewer.get(`/api/documents/${documentId}`)).status(), mode).toBe(200);
    const found = await json<{ items: { id: number }[] }>(await reviewer.get(`/api/projects/${world.projectId}/documents?q=Kazakhstan`), 200);
    expect(found.items.map((d) => d.id), mode).toContain(documentId);
  }
  await json(
    await world.owner.post(`/api/projects/${world.projectId}/assignments`, { data: { documentId, userId: world.userIds.annotator } }),
    201,
  );
  for (const mode of authModes) expect((await world.as("annotator", mode).get(`/api/documents/${documentId}`)).status(), mode).toBe(200);
  await json(await world.owner.patch(`/api/projects/${world.projectId}`, { data: { settings: { restrictToAssigned: false } } }), 200);
});
