import { type APIRequestContext, expect, test } from "@playwright/test";
import { signInApi } from "./support/sign-in";
import { demoUsers } from "./support/users";

/**
 * Every API route, called by every kind of user: nobody signed in, a user outside the
 * project, and each project role. Allowed calls must succeed; the rest get 401/403/404.
 */
type Role = "anonymous" | "outsider" | "annotator" | "reviewer" | "manager" | "admin";
const roles: Role[] = ["anonymous", "outsider", "annotator", "reviewer", "manager", "admin"];

interface Ids {
  projectId: number;
  documentId: number;
  /** Submitted by the annotator and adjudicated, in a project that shows gold to annotators. */
  feedbackDocumentId: number;
  userIds: Record<"outsider" | "annotator" | "reviewer" | "manager", number>;
}

interface Route {
  name: string;
  /** Roles whose call succeeds; every other signed-in role is refused. */
  allowed: Role[];
  call(api: APIRequestContext, ids: Ids, admin: APIRequestContext): Promise<number>;
}

const password = "matrix-password-1";
let unique = 0;
const next = () => `${Date.now()}-${++unique}`;

async function created(response: Promise<{ status(): number; json(): Promise<unknown> }>): Promise<number> {
  const r = await response;
  expect(r.status(), "setup call").toBeLessThan(300);
  return ((await r.json()) as { id: number }).id;
}

const routes: Route[] = [
  { name: "GET /api/projects", allowed: ["outsider", "annotator", "reviewer", "manager", "admin"],
    call: async (api) => (await api.get("/api/projects")).status() },
  { name: "POST /api/projects", allowed: ["admin"],
    call: async (api) => (await api.post("/api/projects", { data: { name: `P ${next()}` } })).status() },
  { name: "GET /api/projects/{id}", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}`)).status() },
  { name: "PATCH /api/projects/{id}", allowed: ["manager", "admin"],
    call: async (api, ids) => (await api.patch(`/api/projects/${ids.projectId}`, { data: { description: next() } })).status() },
  { name: "GET /api/projects/{id}/members", allowed: ["manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/members`)).status() },
  { name: "POST /api/projects/{id}/members", allowed: ["manager", "admin"],
    call: async (api, ids) =>
      (await api.post(`/api/projects/${ids.projectId}/members`, { data: { email: demoUsers.bob, roles: ["annotator"] } })).status() },
  { name: "PUT /api/projects/{id}/members/{userId}", allowed: ["manager", "admin"],
    call: async (api, ids) =>
      (await api.put(`/api/projects/${ids.projectId}/members/${ids.userIds.annotator}`, { data: { roles: ["annotator"] } })).status() },
  { name: "DELETE /api/projects/{id}/members/{userId}", allowed: ["manager", "admin"],
    call: async (api, ids, admin) => {
      await admin.post(`/api/projects/${ids.projectId}/members`, { data: { email: demoUsers.alice, roles: ["annotator"] } });
      const members = (await (await admin.get(`/api/projects/${ids.projectId}/members`)).json()) as { items: { userId: number; email: string }[] };
      const alice = members.items.find((m) => m.email === demoUsers.alice);
      return (await api.delete(`/api/projects/${ids.projectId}/members/${alice?.userId ?? 0}`)).status();
    } },
  { name: "GET /api/projects/{id}/schema", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/schema`)).status() },
  { name: "PUT /api/projects/{id}/schema", allowed: ["manager", "admin"],
    call: async (api, ids, admin) => {
      const schema = await (await admin.get(`/api/projects/${ids.projectId}/schema`)).json();
      return (await api.put(`/api/projects/${ids.projectId}/schema`, { data: schema })).status();
    } },
  { name: "GET /api/projects/{id}/claims", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/claims`)).status() },
  // Members who are not managers may propose claims while the project allows it (the default).
  { name: "POST /api/projects/{id}/claims", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.post(`/api/projects/${ids.projectId}/claims`, { data: { statement: `Claim ${next()}` } })).status() },
  { name: "PATCH /api/projects/{id}/claims/{claimId}", allowed: ["manager", "admin"],
    call: async (api, ids, admin) => {
      const claimId = await created(admin.post(`/api/projects/${ids.projectId}/claims`, { data: { statement: `C ${next()}` } }));
      return (await api.patch(`/api/projects/${ids.projectId}/claims/${claimId}`, { data: { description: "edited" } })).status();
    } },
  { name: "DELETE /api/projects/{id}/claims/{claimId}", allowed: ["manager", "admin"],
    call: async (api, ids, admin) => {
      const claimId = await created(admin.post(`/api/projects/${ids.projectId}/claims`, { data: { statement: `C ${next()}` } }));
      return (await api.delete(`/api/projects/${ids.projectId}/claims/${claimId}`)).status();
    } },
  { name: "GET /api/projects/{id}/entities", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/entities?q=ka`)).status() },
  { name: "POST /api/projects/{id}/entities", allowed: ["manager", "admin"],
    call: async (api, ids) =>
      (await api.post(`/api/projects/${ids.projectId}/entities`, { data: { name: `E ${next()}`, aliases: [] } })).status() },
  { name: "PATCH /api/projects/{id}/entities/{entityId}", allowed: ["manager", "admin"],
    call: async (api, ids, admin) => {
      const entityId = await created(admin.post(`/api/projects/${ids.projectId}/entities`, { data: { name: `E ${next()}`, aliases: [] } }));
      return (await api.patch(`/api/projects/${ids.projectId}/entities/${entityId}`, { data: { description: "edited" } })).status();
    } },
  { name: "DELETE /api/projects/{id}/entities/{entityId}", allowed: ["manager", "admin"],
    call: async (api, ids, admin) => {
      const entityId = await created(admin.post(`/api/projects/${ids.projectId}/entities`, { data: { name: `E ${next()}`, aliases: [] } }));
      return (await api.delete(`/api/projects/${ids.projectId}/entities/${entityId}`)).status();
    } },
  { name: "GET /api/projects/{id}/documents", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/documents`)).status() },
  { name: "POST /api/projects/{id}/documents", allowed: ["manager", "admin"],
    call: async (api, ids) =>
      (await api.post(`/api/projects/${ids.projectId}/documents`, { data: { documents: [{ text: `A new text ${next()}` }] } })).status() },
  { name: "GET /api/documents/{id}", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/documents/${ids.documentId}`)).status() },
  { name: "GET /api/documents/{id}/annotations", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/documents/${ids.documentId}/annotations`)).status() },
  { name: "GET /api/documents/{id}/suggestions", allowed: ["annotator", "reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/documents/${ids.documentId}/suggestions`)).status() },
  { name: "GET /api/documents/{id}/review", allowed: ["reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/documents/${ids.documentId}/review`)).status() },
  { name: "GET /api/documents/{id}/feedback", allowed: ["annotator"],
    call: async (api, ids) => (await api.get(`/api/documents/${ids.feedbackDocumentId}/feedback`)).status() },
  { name: "GET /api/projects/{id}/queue", allowed: ["annotator", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/queue`)).status() },
  { name: "GET /api/projects/{id}/assignments", allowed: ["manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/assignments`)).status() },
  { name: "GET /api/projects/{id}/agreement", allowed: ["reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/agreement`)).status() },
  { name: "GET /api/projects/{id}/export", allowed: ["reviewer", "manager", "admin"],
    call: async (api, ids) => (await api.get(`/api/projects/${ids.projectId}/export?format=jsonl&set=all`)).status() },
  { name: "GET /api/tokens", allowed: ["outsider", "annotator", "reviewer", "manager", "admin"],
    call: async (api) => (await api.get("/api/tokens")).status() },
  { name: "POST /api/tokens", allowed: ["outsider", "annotator", "reviewer", "manager", "admin"],
    call: async (api) => (await api.post("/api/tokens", { data: { name: `t ${next()}` } })).status() },
  { name: "GET /api/users", allowed: ["admin"], call: async (api) => (await api.get("/api/users")).status() },
  { name: "POST /api/users", allowed: ["admin"],
    call: async (api) =>
      (await api.post("/api/users", { data: { email: `u-${next()}@example.org`, name: "U", password } })).status() },
];

test.describe("access matrix", () => {
  const contexts = new Map<Role, APIRequestContext>();
  let ids: Ids;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const newContext = () => playwright.request.newContext({ baseURL });
    const admin = await newContext();
    expect(await signInApi(admin, demoUsers.admin)).toBe(200);
    const projectId = await created(admin.post("/api/projects", { data: { name: `Matrix ${next()}` } }));
    const userIds = {} as Ids["userIds"];
    for (const role of ["outsider", "annotator", "reviewer", "manager"] as const) {
      const email = `matrix-${role}-${next()}@example.org`;
      userIds[role] = await created(admin.post("/api/users", { data: { email, name: role, password } }));
      if (role !== "outsider") {
        const added = await admin.post(`/api/projects/${projectId}/members`, { data: { email, roles: [role] } });
        expect(added.status()).toBe(201);
      }
      const context = await newContext();
      expect(await signInApi(context, email, password)).toBe(200);
      contexts.set(role, context);
    }
    const report = await admin.post(`/api/projects/${projectId}/documents`, {
      data: {
        documents: [
          { title: "Matrix", text: "Kazakhstan says it complies with the sanctions." },
          { title: "Matrix feedback", text: "Astana says nothing about the sanctions." },
        ],
      },
    });
    const [documentId, feedbackDocumentId] = ((await report.json()) as { imported: { id: number }[] }).imported.map((d) => d.id);
    expect(documentId).toBeGreaterThan(0);
    expect(feedbackDocumentId).toBeGreaterThan(0);
    // Feedback needs the setting, the annotator's submission and a finished review.
    const settings = await admin.patch(`/api/projects/${projectId}`, { data: { settings: { showGoldToAnnotators: true } } });
    expect(settings.status(), "setup call").toBe(200);
    expect((await contexts.get("annotator")!.post(`/api/documents/${feedbackDocumentId}/submit`)).status(), "setup call").toBe(200);
    for (const data of [{ action: "start", force: true }, { action: "finish" }]) {
      expect((await admin.post(`/api/documents/${feedbackDocumentId}/review`, { data })).status(), "setup call").toBe(200);
    }
    contexts.set("admin", admin);
    contexts.set("anonymous", await newContext());
    ids = { projectId, documentId: documentId!, feedbackDocumentId: feedbackDocumentId!, userIds };
  });

  test.afterAll(async () => {
    for (const context of contexts.values()) await context.dispose();
  });

  for (const route of routes) {
    test(route.name, async () => {
      const admin = contexts.get("admin")!;
      const seen: Record<string, number> = {};
      for (const role of roles) seen[role] = await route.call(contexts.get(role)!, ids, admin);
      const expected = Object.fromEntries(
        roles.map((role) => [role, role === "anonymous" ? "401" : route.allowed.includes(role) ? "2xx" : "403/404"]),
      );
      const actual = Object.fromEntries(
        roles.map((role) => {
          const status = seen[role]!;
          return [role, status >= 200 && status < 300 ? "2xx" : status === 403 || status === 404 ? "403/404" : String(status)];
        }),
      );
      expect(actual).toEqual(expected);
    });
  }
});
