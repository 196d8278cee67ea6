import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { demoPassword, demoUsers, type DemoUser } from "./users";

/** Signs in through the sign-in page, as a person would. */
export async function signInWithForm(page: Page, user: DemoUser, password = demoPassword): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(demoUsers[user]);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Projects", exact: true })).toBeVisible();
}

/** Signs an API request context in through next-auth's credentials endpoint. */
export async function signInApi(
  request: APIRequestContext,
  email: string,
  password = demoPassword,
  headers: Record<string, string> = {},
): Promise<number> {
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers,
    maxRedirects: 0,
  });
  return response.status();
}
