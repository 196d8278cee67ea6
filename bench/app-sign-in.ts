import { type APIRequestContext, request } from "@playwright/test";

/** The demo workspace's accounts (password `claimdesk-demo`), as bench/app-server.ts seeds them. */
export const demoAccounts = {
  admin: "admin@example.com",
  alice: "alice@example.com",
  bob: "bob@example.com",
  rita: "rita@example.com",
} as const;

/**
 * An API context signed in through the credentials form; `storageState()` of it signs a browser
 * context in too. The caller disposes it.
 */
export async function signInApi(baseURL: string, email: string, password = "claimdesk-demo"): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  if (!response.ok()) throw new Error(`Sign-in as ${email} failed: ${response.status()}`);
  return api;
}
