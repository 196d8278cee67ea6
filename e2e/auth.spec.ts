import { type APIRequestContext, expect, test } from "@playwright/test";
import { signInApi, signInWithForm } from "./support/sign-in";
import { demoPassword, demoUsers, type DemoUser } from "./support/users";

test.describe("sign-in", () => {
  for (const user of Object.keys(demoUsers) as DemoUser[]) {
    test(`${user} signs in and sees the demo project`, async ({ page }) => {
      await signInWithForm(page, user);
      await expect(page.getByRole("link", { name: /Kazakhstan and the sanctions/ })).toBeVisible();
      await page.screenshot({ path: `test-results/screens/projects-${user}.png` });
    });
  }

  test("the sign-in page lists the demo accounts", async ({ page }) => {
    await page.goto("/signin");
    const demo = page.getByRole("region", { name: "Demo accounts" });
    for (const email of Object.values(demoUsers)) await expect(demo.getByText(email)).toBeVisible();
    await page.screenshot({ path: "test-results/screens/signin.png" });
  });

  test("a wrong password is refused with a message, and sign-out ends the session", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(demoUsers.bob);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong" })).toHaveText("Wrong email or password.");

    await signInWithForm(page, "bob");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Claimdesk" })).toBeVisible();
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("an unknown page, or a project the user is not in, shows the not-found page with a way back", async ({ page }) => {
    const unknown = await page.goto("/no-such-page");
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

    await signInWithForm(page, "alice");
    const missing = await page.goto("/projects/999999");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    // Inside the app's frame: the header is still there.
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/not-found.png" });
    await page.getByRole("link", { name: "Back to the projects" }).click();
    await expect(page.getByRole("heading", { name: "Projects", exact: true })).toBeVisible();
  });

  test("pages and API need a session", async ({ page, request }) => {
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/signin/);
    const response = await request.get("/api/projects");
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  });

  // Unknown accounts and documentation addresses, so that no other test is locked out.
  test("five failed sign-ins for one account lock that account: 429 with Retry-After", async ({ request }) => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const headers = { "x-forwarded-for": `198.51.100.${attempt}` };
      expect(await signInApi(request, "locked-account@example.com", "wrong-password", headers)).toBe(401);
    }
    const blocked = await attemptSignIn(request, "locked-account@example.com", { "x-forwarded-for": "198.51.100.99" });
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
  });

  test("five failed sign-ins from one address lock that address", async ({ request }) => {
    const headers = { "x-forwarded-for": "203.0.113.77" };
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await signInApi(request, `nobody-${attempt}@example.com`, "wrong-password", headers)).toBe(401);
    }
    const blocked = await attemptSignIn(request, "nobody-else@example.com", headers);
    expect(blocked.status()).toBe(429);
    expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

async function attemptSignIn(request: APIRequestContext, email: string, headers: Record<string, string>) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: demoPassword, json: "true" },
    headers,
    maxRedirects: 0,
  });
}
