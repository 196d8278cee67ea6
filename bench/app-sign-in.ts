import { type APIRequestContext, type Browser, type BrowserContext, chromium, request } from "@playwright/test";

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

/**
 * Headless Chromium as the browser benches run it (`CHROMIUM_PATH`, else Debian's), with a
 * 1366 × 900 context signed in like `api`, and `extraArgs` for Chromium. The caller closes the browser.
 */
export async function openSignedInBrowser(
  api: APIRequestContext,
  extraArgs: readonly string[] = [],
): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", ...extraArgs],
  });
  try {
    const context = await browser.newContext({ storageState: await api.storageState(), viewport: { width: 1366, height: 900 } });
    // tsx compiles the functions handed to page.evaluate with esbuild's name helper; define it in the page.
    await context.addInitScript({ content: "window.__name = (f) => f;" });
    return { browser, context };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
