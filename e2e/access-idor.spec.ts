import { expect, test } from "@playwright/test";
import { idorCases, type IdorRows, readers } from "./support/access-idor-cases";
import { type AccessWorld, authModes, createAccessWorld, type SignedInRole } from "./support/access-world";
import { json } from "./support/review-project";

/**
 * Ids of another project's rows, sent through every route that takes an id, by members of this
 * project (and by an instance admin where the route names this project, so that only the scoping
 * of the id stands in the way). The answer is a 404, or the 422 the design gives an id that a body
 * refers to outside its project; never the row, and the row stays as it was.
 */
let home: AccessWorld;
let foreign: AccessWorld;
let rows: IdorRows;
let foreignText: string;
let foreignTitle: string;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  home = await createAccessWorld(playwright, baseURL, "Home");
  foreign = await createAccessWorld(playwright, baseURL, "Foreign");
  const span = await foreign.createSpan("annotator", foreign.documentId);
  const inReview = await foreign.documentInReview();
  const gold = await json<{ id: number }>(
    await foreign.owner.post(`/api/documents/${inReview.documentId}/gold`, { data: { fromAnnotationId: inReview.spanId } }),
    201,
  );
  rows = {
    home,
    foreign,
    documentId: foreign.documentId,
    spanId: span.id,
    goldDocumentId: inReview.documentId,
    goldSpanId: gold.id,
    claimId: await foreign.createClaim(),
    entityId: await foreign.createEntity(),
    entityTypeId: foreign.entityTypeId,
    userId: foreign.userIds.annotator,
    token: await json(await foreign.session.annotator.post("/api/tokens", { data: { name: "foreign" } }), 201),
    homeReview: await home.documentInReview(),
    homeEntityId: await home.createEntity(),
  };
  ({ text: foreignText, title: foreignTitle } = await json<{ text: string; title: string }>(
    await foreign.owner.get(`/api/documents/${foreign.documentId}`),
    200,
  ));
});

test.afterAll(async () => {
  await home.dispose();
  await foreign.dispose();
});

test("foreign ids get a 404 or a 422 from every route, never a row", async () => {
  test.setTimeout(180_000);
  const seen: Record<string, number> = {};
  const expected: Record<string, number> = {};
  for (const idor of idorCases(rows)) {
    for (const mode of authModes) {
      for (const role of idor.callers) {
        const key = `${idor.name} (${role}, ${mode})`;
        const response = await idor.call(home.as(role, mode));
        seen[key] = response.status();
        expected[key] = idor.status;
        const body = await response.text();
        expect(Object.keys(JSON.parse(body) as object), key).toEqual(["error"]);
        for (const secret of [foreignText, foreign.emails.annotator]) expect(body, `${key}: nothing of the foreign rows`).not.toContain(secret);
      }
    }
  }
  expect(seen).toEqual(expected);
});

test("the foreign rows are as they were, and the foreign token still works", async () => {
  const owner = foreign.owner;
  const annotations = await json<{ spans: { id: number; version: number; note: string }[] }>(
    await foreign.session.annotator.get(`/api/documents/${rows.documentId}/annotations`),
    200,
  );
  expect(annotations.spans.find((s) => s.id === rows.spanId)).toMatchObject({ version: 1, note: "" });
  const claims = await json<{ items: { id: number; description: string }[] }>(await owner.get(`/api/projects/${foreign.projectId}/claims`), 200);
  expect(claims.items.find((c) => c.id === rows.claimId)).toMatchObject({ description: "" });
  const entities = await json<{ items: { id: number; description: string }[] }>(await owner.get(`/api/projects/${foreign.projectId}/entities`), 200);
  expect(entities.items.find((e) => e.id === rows.entityId)).toMatchObject({ description: "" });
  const membersOf = async (projectId: number) =>
    (await json<{ items: { userId: number; roles: string[] }[] }>(await owner.get(`/api/projects/${projectId}/members`), 200)).items;
  expect((await membersOf(foreign.projectId)).find((m) => m.userId === rows.userId)?.roles).toEqual(["annotator"]);
  expect((await membersOf(home.projectId)).map((m) => m.userId)).not.toContain(rows.userId);
  const review = await json<{ gold: { id: number }[]; review: { status: string } }>(await owner.get(`/api/documents/${rows.goldDocumentId}/review`), 200);
  expect(review.gold.map((g) => g.id)).toContain(rows.goldSpanId);
  expect(review.review.status).toBe("in_review");
  const assignments = await json<{ documents: { documentId: number; assignments: { userId: number }[] }[] }>(
    await owner.get(`/api/projects/${foreign.projectId}/assignments`),
    200,
  );
  expect(assignments.documents.find((d) => d.documentId === rows.documentId)?.assignments.map((a) => a.userId)).toContain(rows.userId);
  const withToken = await owner.get("/api/projects", { headers: { authorization: `Bearer ${rows.token.token}` } });
  expect(withToken.status()).toBe(200);
});

test("this project's lists and export hold nothing of the foreign project", async () => {
  const manager = home.session.manager;
  const ids = async (path: string, pick: (body: never) => number[]) => pick((await json(await manager.get(path), 200)) as never);
  const inHome = (path: string) => `/api/projects/${home.projectId}${path}`;
  expect(await ids("/api/projects", (b: { items: { id: number }[] }) => b.items.map((p) => p.id))).not.toContain(foreign.projectId);
  expect(await ids(inHome("/documents"), (b: { items: { id: number }[] }) => b.items.map((d) => d.id))).not.toContain(rows.documentId);
  expect(await ids(inHome("/claims"), (b: { items: { id: number }[] }) => b.items.map((c) => c.id))).not.toContain(rows.claimId);
  expect(await ids(inHome("/entities"), (b: { items: { id: number }[] }) => b.items.map((e) => e.id))).not.toContain(rows.entityId);
  const exported = await manager.get(inHome("/export?format=jsonl&set=all"));
  expect(exported.status()).toBe(200);
  expect(await exported.text()).not.toContain(foreignText);
});

test("pages named by foreign ids render the 404 page, without the foreign rows", async () => {
  const pages: [string, SignedInRole[]][] = [
    [`/documents/${rows.documentId}/annotate`, readers],
    [`/documents/${rows.goldDocumentId}/review`, readers],
    [`/documents/${rows.goldDocumentId}/feedback`, readers],
    [`/projects/${foreign.projectId}`, readers],
    [`/projects/${foreign.projectId}/documents/${rows.documentId}`, readers],
    [`/projects/${foreign.projectId}/members`, readers],
    [`/projects/${foreign.projectId}/export`, readers],
    // A document is only found under its own project's path, even by an admin who sees both.
    [`/projects/${home.projectId}/documents/${rows.documentId}`, ["manager", "admin"]],
  ];
  const seen: Record<string, number> = {};
  const expected: Record<string, number> = {};
  for (const [path, callers] of pages) {
    for (const mode of authModes) {
      for (const role of callers) {
        const key = `${path} (${role}, ${mode})`;
        const response = await home.as(role, mode).get(path, { maxRedirects: 0 });
        seen[key] = response.status();
        expected[key] = 404;
        const html = await response.text();
        for (const secret of [foreignText, foreignTitle]) expect(html, `${key}: nothing of the foreign rows`).not.toContain(secret);
      }
    }
  }
  expect(seen).toEqual(expected);
});
