import { type APIRequest, type APIRequestContext, expect } from "@playwright/test";
import { json } from "./review-project";
import { signInApi } from "./sign-in";
import { demoUsers } from "./users";

/** Who calls: nobody, a user outside the project, each project role, and an instance admin who is no member. */
export const roles = ["anonymous", "outsider", "annotator", "reviewer", "manager", "admin"] as const;
export type Role = (typeof roles)[number];
export type SignedInRole = Exclude<Role, "anonymous">;
const signedInRoles: SignedInRole[] = ["outsider", "annotator", "reviewer", "manager", "admin"];

/** How they call: with the session cookie of a sign-in, or with only an API token. */
export const authModes = ["cookie", "token"] as const;
export type AuthMode = (typeof authModes)[number];

export const accessPassword = "access-password-1";

let counter = 0;
/**
 * Unique within the run, so that names and texts never collide (texts are deduplicated): the
 * test workers are processes of their own, which may start a world in the same millisecond.
 */
export const unique = (prefix: string) => `${prefix} ${Date.now()}-${process.pid}-${++counter}`;

export interface Span {
  id: number;
  version: number;
}

/**
 * A project whose members hold one role each, every one of them signed in and holding an API
 * token, with the setup steps that the access specs share. The project's manager from its creation
 * (the demo admin, called the owner here) makes the setup calls, so that they never depend on the
 * role under test.
 */
export interface AccessWorld {
  projectId: number;
  /** A document nobody submits or skips: spans and reads go here. */
  documentId: number;
  entityTypeId: number;
  userIds: Record<SignedInRole, number>;
  emails: Record<SignedInRole, string>;
  owner: APIRequestContext;
  session: Record<SignedInRole, APIRequestContext>;
  as(role: Role, mode: AuthMode): APIRequestContext;
  /** A new document of the project, starting with "Kazakhstan". */
  importDocument(): Promise<number>;
  /** A new entity span over the document's first word, made by `role` (with its session). */
  createSpan(role: SignedInRole, documentId: number): Promise<Span>;
  /** A new document that the annotator marked and submitted. */
  submittedDocument(): Promise<{ documentId: number; spanId: number }>;
  /** A submitted document whose review the owner started; its one candidate is still pending. */
  documentInReview(): Promise<{ documentId: number; spanId: number; candidateKey: string }>;
  createClaim(): Promise<number>;
  createEntity(): Promise<number>;
  dispose(): Promise<void>;
}

export async function createAccessWorld(
  playwright: { request: APIRequest },
  baseURL: string | undefined,
  name: string,
): Promise<AccessWorld> {
  const contexts: APIRequestContext[] = [];
  const newContext = async (headers?: Record<string, string>) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
    contexts.push(context);
    return context;
  };
  const owner = await newContext();
  expect(await signInApi(owner, demoUsers.admin)).toBe(200);
  const { id: projectId } = await json<{ id: number }>(await owner.post("/api/projects", { data: { name: unique(name) } }), 201);
  // Feedback needs the gold set shown; a lone annotator's spans must stay pending candidates.
  const settings = { showGoldToAnnotators: true, preacceptUnanimous: false };
  await json(await owner.patch(`/api/projects/${projectId}`, { data: { settings } }), 200);
  const schema = await json<{ stanceLabels: unknown[] }>(await owner.get(`/api/projects/${projectId}/schema`), 200);
  const replaced = await json<{ entityTypes: { id: number }[] }>(
    await owner.put(`/api/projects/${projectId}/schema`, {
      data: { ...schema, entityTypes: [{ key: "GPE", name: "Place", color: "#059669", hotkey: null }] },
    }),
    200,
  );
  const entityTypeId = replaced.entityTypes[0]!.id;

  const userIds = {} as Record<SignedInRole, number>;
  const emails = {} as Record<SignedInRole, string>;
  const session = {} as Record<SignedInRole, APIRequestContext>;
  const tokenContexts = {} as Record<Role, APIRequestContext>;
  for (const role of signedInRoles) {
    const email = `${unique(`access-${role}`).replace(/ /g, "-")}@example.org`;
    const user = await json<{ id: number }>(
      await owner.post("/api/users", { data: { email, name: role, password: accessPassword, isAdmin: role === "admin" } }),
      201,
    );
    if (role !== "outsider" && role !== "admin") {
      await json(await owner.post(`/api/projects/${projectId}/members`, { data: { email, roles: [role] } }), 201);
    }
    const context = await newContext();
    expect(await signInApi(context, email, accessPassword)).toBe(200);
    const { token } = await json<{ token: string }>(await context.post("/api/tokens", { data: { name: "access" } }), 201);
    userIds[role] = user.id;
    emails[role] = email;
    session[role] = context;
    tokenContexts[role] = await newContext({ authorization: `Bearer ${token}` });
  }
  const anonymous = await newContext();
  tokenContexts.anonymous = await newContext({ authorization: "Bearer cd_not-a-token-of-this-instance-at-all-000000" });

  const importDocument = async () => {
    const text = `Kazakhstan says it complies with the sanctions (${unique("text")}).`;
    const report = await json<{ imported: { id: number }[] }>(
      await owner.post(`/api/projects/${projectId}/documents`, { data: { documents: [{ title: unique("Access"), text }] } }),
      200,
    );
    expect(report.imported).toHaveLength(1);
    return report.imported[0]!.id;
  };
  const createSpan = async (role: SignedInRole, documentId: number) =>
    json<Span>(
      await session[role].post(`/api/documents/${documentId}/annotations`, {
        data: { layer: "entity", start: 0, end: 10, quote: "Kazakhstan", entityTypeId },
      }),
      201,
    );
  const submittedDocument = async () => {
    const documentId = await importDocument();
    const span = await createSpan("annotator", documentId);
    await json(await session.annotator.post(`/api/documents/${documentId}/submit`), 200);
    return { documentId, spanId: span.id };
  };
  const documentInReview = async () => {
    const submitted = await submittedDocument();
    const review = await json<{ candidates: { key: string }[] }>(
      await owner.post(`/api/documents/${submitted.documentId}/review`, { data: { action: "start", force: true } }),
      200,
    );
    expect(review.candidates).toHaveLength(1);
    return { ...submitted, candidateKey: review.candidates[0]!.key };
  };
  const created = async (path: string, data: object) =>
    (await json<{ id: number }>(await owner.post(`/api/projects/${projectId}/${path}`, { data }), 201)).id;

  return {
    projectId,
    documentId: await importDocument(),
    entityTypeId,
    userIds,
    emails,
    owner,
    session,
    as: (role, mode) => (mode === "token" ? tokenContexts[role] : role === "anonymous" ? anonymous : session[role]),
    importDocument,
    createSpan,
    submittedDocument,
    documentInReview,
    createClaim: () => created("claims", { statement: unique("Claim") }),
    createEntity: () => created("entities", { name: unique("Entity"), aliases: [] }),
    dispose: async () => void (await Promise.all(contexts.map((context) => context.dispose()))),
  };
}
