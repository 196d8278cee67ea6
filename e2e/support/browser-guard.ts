import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import { signInWithForm } from "./sign-in";
import type { DemoUser } from "./users";

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Markup that only an injection could have put into a page: React renders none of it. */
const injectedMarkup = [
  "[onerror]",
  "[onload]",
  "[onmouseover]",
  "[onclick]",
  '[href^="javascript:" i]',
  '[href^="data:" i]',
  '[src^="javascript:" i]',
  '[src^="data:text" i]',
  "iframe",
  "object",
  "embed",
  "body script:not([src]):not([nonce])",
].join(", ");

// Reported from inside the page, so that a violation shows even when the console says nothing.
const reportViolations = () =>
  document.addEventListener("securitypolicyviolation", (event) =>
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`),
  );

/**
 * Watches browser contexts for what hostile content would do if a view ever treated it as markup:
 * a dialog (`alert(1)`), a request to a host other than the app's, a Content-Security-Policy
 * violation, an uncaught page error. Each is recorded; `expectUnharmed` fails on any.
 */
export class BrowserGuard {
  readonly problems: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly appOrigin: string) {}

  /** A new context signed in as `user`, watched from its first request on. */
  async open(browser: Browser, user: DemoUser): Promise<Page> {
    const context = await browser.newContext();
    this.contexts.push(context);
    await context.addInitScript(reportViolations);
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== this.appOrigin && url.protocol !== "data:" && url.protocol !== "blob:") {
        this.problems.push(`request to another host: ${request.method()} ${request.url()}`);
      }
    });
    context.on("page", (page) => this.watch(page));
    const page = await context.newPage();
    await signInWithForm(page, user);
    return page;
  }

  private watch(page: Page): void {
    page.on("dialog", (dialog) => {
      this.problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy|CSP violation/i.test(message.text())) {
        this.problems.push(`${page.url()}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => this.problems.push(`${page.url()}: page error ${error.message}`));
  }

  /** Nothing happened, no injected markup is in the page, and `window.__pwned` stays unset. */
  async expectUnharmed(page: Page): Promise<void> {
    // A pointer over the whole page: an `onmouseover` that slipped through would fire now.
    const size = page.viewportSize() ?? { width: 1280, height: 800 };
    for (let y = 20; y < size.height; y += 120) await page.mouse.move(size.width / 2, y, { steps: 4 });
    expect(await page.evaluate(() => window.__pwned), `window.__pwned on ${page.url()}`).toBeUndefined();
    await expect(page.locator(injectedMarkup), `injected markup on ${page.url()}`).toHaveCount(0);
    expect(this.problems).toEqual([]);
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}
