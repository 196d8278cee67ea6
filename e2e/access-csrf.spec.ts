import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { type RouteAccess } from "./support/access-route";
import { documentRoutes } from "./support/access-routes-documents";
import { instanceRoutes } from "./support/access-routes-instance";
import { projectRoutes } from "./support/access-routes-projects";
import { accessPassword, type AccessWorld, createAccessWorld, unique } from "./support/access-world";
import { json } from "./support/review-project";
import { signInApi } from "./support/sign-in";

/**
 * Writes made with the session cookie from a page of another origin are refused, on every write
 * route; the app's own pages and API tokens keep working. next-auth's endpoints have their own
 * CSRF token.
 */
const crossSite = /^Cross-site requests may not change data/;
const foreignOrigin = "https://evil.example";
const writes = [...instanceRoutes, ...projectRoutes, ...documentRoutes].filter(
  (entry) => !entry.route.startsWith("GET ") && !entry.route.includes("/api/auth/"),
);

let world: AccessWorld;
const contexts: APIRequestContext[] = [];

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  world = await createAccessWorld(playwright, baseURL, "CSRF");
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose()));
  await world.dispose();
});

/** The admin's signed-in session, sending `headers` with every request. */
async function adminSessionWith(playwright: { request: import("@playwright/test").APIRequest }, baseURL: string | undefined, headers: Record<string, string>) {
  const context = await playwright.request.newContext({ baseURL, storageState: await world.session.admin.storageState(), extraHTTPHeaders: headers });
  contexts.push(context);
  return context;
}

const caller = (entry: RouteAccess) => (entry.allow.includes("admin") ? "admin" : entry.allow[0]!);

test("every write route refuses a cross-site request made with the session cookie", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  expect(writes.length).toBeGreaterThan(25);
  const fromOrigin = await adminSessionWith(playwright, baseURL, { origin: foreignOrigin });
  const fromFetchMetadata = await adminSessionWith(playwright, baseURL, { "sec-fetch-site": "cross-site" });
  const sameOrigin = await adminSessionWith(playwright, baseURL, { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" });
  for (const entry of writes) {
    const role = caller(entry);
    for (const api of [fromOrigin, fromFetchMetadata]) {
      const refused = await entry.call({ api, role, mode: "cookie", world });
      expect(refused.status(), entry.route).toBe(403);
      expect(await refused.json(), entry.route).toEqual({ error: { code: "forbidden", message: expect.stringMatching(crossSite) } });
    }
    const allowed = await entry.call({ api: sameOrigin, role, mode: "cookie", world });
    expect(allowed.status(), `${entry.route} from the app's own origin`).toBeLessThan(300);
  }
});

test("API tokens are not held to the origin; reads are not either", async () => {
  const project = `/api/projects/${world.projectId}`;
  const headers = { origin: foreignOrigin, "sec-fetch-site": "cross-site" };
  const withToken = await world.as("manager", "token").post(`${project}/claims`, { data: { statement: unique("By script") }, headers });
  expect(withToken.status()).toBe(201);
  expect((await world.session.manager.get(`${project}/claims`, { headers })).status()).toBe(200);
});

test("next-auth's endpoints need its CSRF token: no sign-out nor sign-in from another site", async ({ playwright, baseURL }) => {
  const headers = { origin: foreignOrigin };
  const signOut = await world.session.reviewer.post("/api/auth/signout", { form: { json: "true" }, headers, maxRedirects: 0 });
  expect(signOut.status()).toBeLessThan(400);
  expect((await world.session.reviewer.get(`/api/projects/${world.projectId}`)).status()).toBe(200);

  const victim = await playwright.request.newContext({ baseURL });
  contexts.push(victim);
  const signIn = await victim.post("/api/auth/callback/credentials", {
    form: { email: world.emails.outsider, password: accessPassword, json: "true" },
    headers,
    maxRedirects: 0,
  });
  expect(signIn.status()).toBeLessThan(500);
  expect(await (await victim.get("/api/auth/session")).json()).toEqual({});
  expect((await victim.get("/api/projects")).status()).toBe(401);
});

test.describe("in the browser", () => {
  let sibling: Server;
  let siblingOrigin: string;
  const pages = new Map<string, string>();

  test.beforeAll(async () => {
    // Another port of the same host: the same site, so the SameSite=Lax session cookie goes along.
    sibling = createServer((request, response) => {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(pages.get(request.url ?? "") ?? "");
    });
    await new Promise<void>((resolve) => sibling.listen(0, resolve));
    siblingOrigin = `http://localhost:${(sibling.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => sibling.close(resolve));
  });

  test("a sibling origin's page cannot import nor submit with the signed-in user's cookie", async ({ page, baseURL }) => {
    expect(await signInApi(page.context().request, world.emails.admin, accessPassword)).toBe(200);
    const documentId = await world.importDocument();
    const word = `Forgery${Date.now()}`;
    pages.set(
      "/import",
      `<script>
        const form = new FormData();
        form.append("files", new Blob(["Kazakhstan ${word}."], { type: "text/plain" }), "forged.txt");
        fetch("${baseURL}/api/projects/${world.projectId}/documents", { method: "POST", body: form, mode: "no-cors", credentials: "include" });
      </script>`,
    );
    pages.set(
      "/submit",
      `<form method="post" action="${baseURL}/api/documents/${documentId}/submit"></form><script>document.forms[0].submit()</script>`,
    );

    const imported = page.waitForResponse((r) => r.url().endsWith(`/api/projects/${world.projectId}/documents`));
    await page.goto(`${siblingOrigin}/import`);
    expect((await imported).status()).toBe(403);
    const submitted = page.waitForResponse((r) => r.url().endsWith(`/api/documents/${documentId}/submit`));
    await page.goto(`${siblingOrigin}/submit`);
    expect((await submitted).status()).toBe(403);
    await expect(page.getByText("Cross-site requests may not change data")).toBeVisible();

    const found = await json<{ items: unknown[] }>(await world.owner.get(`/api/projects/${world.projectId}/documents?q=${word}`), 200);
    expect(found.items).toEqual([]);
    const own = await json<{ status: string }>(await page.context().request.get(`/api/documents/${documentId}/annotations`), 200);
    expect(own.status).toBe("unassigned");

    // The app's own pages write as before: the browser sends their origin.
    await page.goto(`/projects/${world.projectId}`);
    const status = await page.evaluate(async (projectId) => {
      const response = await fetch(`/api/projects/${projectId}/claims`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ statement: `From the app ${Date.now()}` }),
      });
      return response.status;
    }, world.projectId);
    expect(status).toBe(201);
  });
});
