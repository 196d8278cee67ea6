import { type APIRequest, type APIRequestContext, expect } from "@playwright/test";
import { signInApi } from "./sign-in";
import { demoUsers } from "./users";

/** An API context signed in as `email`; the caller disposes it. */
export async function signedIn(playwright: { request: APIRequest }, baseURL: string | undefined, email: string): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL });
  expect(await signInApi(api, email)).toBe(200);
  return api;
}

/** The response's JSON body, after checking its status (the body is the message otherwise). */
export async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

export interface ReviewProject {
  projectId: number;
  documentId: number;
  title: string;
  text: string;
  /** An entity span of type `PER` or `LOC` over the first occurrence of `quote`. */
  span: (quote: string, type: "PER" | "LOC") => { layer: "entity"; start: number; end: number; quote: string; entityTypeId: number };
}

/**
 * A new project for review journeys, made by `admin` through the API: Alice and Bob annotate, Rita
 * reviews, entity types PER and LOC, the given stances, and one short English document.
 */
export async function createReviewProject(
  admin: APIRequestContext,
  options: { name: string; title: string; stanceLabels: { key: string; name: string; color: string }[] },
): Promise<ReviewProject> {
  const stamp = Date.now();
  const project = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `${options.name} ${stamp}` } }), 201);
  for (const [email, roles] of [
    [demoUsers.alice, ["annotator"]],
    [demoUsers.bob, ["annotator"]],
    [demoUsers.rita, ["reviewer"]],
  ] as const) {
    const added = await admin.post(`/api/projects/${project.id}/members`, { data: { email, roles } });
    expect(added.status(), await added.text()).toBeLessThan(300);
  }
  const schema = await json<{ entityTypes: { id: number; key: string }[] }>(
    await admin.put(`/api/projects/${project.id}/schema`, {
      data: {
        entityTypes: [
          { key: "PER", name: "Person", color: "#2563eb", hotkey: null },
          { key: "LOC", name: "Place", color: "#059669", hotkey: null },
        ],
        stanceLabels: options.stanceLabels.map((label) => ({ ...label, hotkey: null })),
        relationTypes: [],
      },
    }),
    200,
  );
  const title = `${options.title} ${stamp}`;
  const report = await json<{ imported: { id: number }[] }>(
    await admin.post(`/api/projects/${project.id}/documents`, {
      data: {
        documents: [
          { title, text: `President Tokayev said that Kazakhstan will comply with the sanctions. (${stamp})` },
        ],
      },
    }),
    200,
  );
  expect(report.imported).toHaveLength(1);
  const documentId = report.imported[0]!.id;
  const { text } = await json<{ text: string }>(await admin.get(`/api/documents/${documentId}`), 200);
  const typeId = (key: string) => schema.entityTypes.find((t) => t.key === key)!.id;
  // ASCII text: UTF-16 indexes are code-point offsets.
  const span = (quote: string, type: "PER" | "LOC") => {
    const start = text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    return { layer: "entity" as const, start, end: start + quote.length, quote, entityTypeId: typeId(type) };
  };
  return { projectId: project.id, documentId, title, text, span };
}
