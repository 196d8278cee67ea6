import { type APIRequest, type APIRequestContext, expect } from "@playwright/test";
import { json } from "./review-project";
import { signInApi } from "./sign-in";
import { demoPassword } from "./users";
import { postgresServerA, postgresServerB } from "./postgres-servers";

/** One signed-in session, as API contexts on server A and on server B. */
export interface BothServers {
  a: APIRequestContext;
  b: APIRequestContext;
  dispose(): Promise<void>;
}

/** Signs `email` in on server A only, and carries the session cookie over to a context on B. */
export async function signedInOnA(playwright: { request: APIRequest }, email: string, password = demoPassword): Promise<BothServers> {
  const a = await playwright.request.newContext({ baseURL: postgresServerA });
  expect(await signInApi(a, email, password)).toBe(200);
  const b = await playwright.request.newContext({ baseURL: postgresServerB, storageState: await a.storageState() });
  return { a, b, dispose: async () => void (await Promise.all([a.dispose(), b.dispose()])) };
}

/** Server A for even indexes, B for odd ones: spreads a batch of requests over both servers. */
export function alternate<T>(servers: { a: T; b: T }, index: number): T {
  return index % 2 === 0 ? servers.a : servers.b;
}

/** A new project made by `admin`, with `annotators` as annotators (emails) and the PER entity type. */
export async function createTwoServerProject(
  admin: APIRequestContext,
  options: { name: string; annotators: string[]; settings?: Record<string, unknown> },
): Promise<{ projectId: number; personTypeId: number }> {
  const project = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `${options.name} ${Date.now()}` } }), 201);
  if (options.settings) await json(await admin.patch(`/api/projects/${project.id}`, { data: { settings: options.settings } }), 200);
  for (const email of options.annotators) {
    await json(await admin.post(`/api/projects/${project.id}/members`, { data: { email, roles: ["annotator"] } }), 201);
  }
  const schema = await json<{ entityTypes: { id: number; key: string }[] }>(
    await admin.put(`/api/projects/${project.id}/schema`, {
      data: {
        entityTypes: [{ key: "PER", name: "Person", color: "#2563eb", hotkey: null }],
        stanceLabels: [{ key: "favor", name: "Favor", color: "#16a34a", hotkey: null }],
        relationTypes: [],
      },
    }),
    200,
  );
  return { projectId: project.id, personTypeId: schema.entityTypes[0]!.id };
}

/** Imports plain-text documents as JSON and returns their ids, in order. */
export async function importTexts(admin: APIRequestContext, projectId: number, texts: string[]): Promise<number[]> {
  const report = await json<{ imported: { id: number }[] }>(
    await admin.post(`/api/projects/${projectId}/documents`, { data: { documents: texts.map((text, i) => ({ title: `Text ${i + 1}`, text })) } }),
    200,
  );
  expect(report.imported).toHaveLength(texts.length);
  return report.imported.map((document) => document.id);
}
