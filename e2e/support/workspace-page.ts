import { type APIRequestContext, expect, type Locator, type Page } from "@playwright/test";
import type { Span } from "@/lib/client/workspace/api-types";

/** A span as the annotations API returns it (offsets in code points). */
export type SavedSpan = Span;

export const demoProjectName = "Kazakhstan and the sanctions";

/** The demo project's id, as the admin sees it. */
export async function demoProjectId(api: APIRequestContext): Promise<number> {
  const { items } = (await (await api.get("/api/projects")).json()) as { items: { id: number; name: string }[] };
  const project = items.find((p) => p.name === demoProjectName);
  expect(project, "the demo project is seeded").toBeTruthy();
  return project!.id;
}

/** Imports one document as the admin and returns its id. */
export async function importText(api: APIRequestContext, projectId: number, title: string, text: string): Promise<number> {
  const response = await api.post(`/api/projects/${projectId}/documents`, { data: { documents: [{ title, text }] } });
  expect(response.status()).toBeLessThan(300);
  const report = (await response.json()) as { imported: { id: number }[] };
  expect(report.imported).toHaveLength(1);
  return report.imported[0]!.id;
}

/** The annotator's workspace: the article text, the side panel, the header and the legend. */
export class WorkspacePage {
  readonly text: Locator;
  readonly panel: Locator;
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole("region", { name: "Article text" });
    this.panel = page.getByRole("complementary", { name: "Selected mark and document stance" });
    this.saveState = page.getByRole("status").filter({ hasText: /^(Saved|Saving…|Offline, retrying)$/ });
  }

  async open(documentId: number): Promise<void> {
    await this.page.goto(`/documents/${documentId}/annotate`);
    await expect(this.page.locator("[data-ready]")).toBeVisible();
  }

  /**
   * Selects the `occurrence`-th appearance of `quote` in the article text, as a DOM selection over
   * the text nodes (UTF-16 offsets), exactly what a mouse selection produces.
   */
  async select(quote: string, occurrence = 0): Promise<void> {
    await this.text.evaluate(
      (container, [quote, occurrence]) => {
        let seen = 0;
        for (const paragraph of Array.from(container.children)) {
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          const nodes: Text[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
          const text = nodes.map((n) => n.data).join("");
          for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
            if (seen++ < occurrence) continue;
            const range = document.createRange();
            const point = (offset: number, end: boolean) => {
              let rest = offset;
              for (const node of nodes) {
                if (rest < node.length || (end && rest === node.length)) return [node, rest] as const;
                rest -= node.length;
              }
              const last = nodes.at(-1)!;
              return [last, last.length] as const;
            };
            range.setStart(...point(at, false));
            range.setEnd(...point(at + quote.length, true));
            const selection = getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            (container as HTMLElement).focus({ preventScroll: true });
            return;
          }
        }
        throw new Error(`"${quote}" is not in the text`);
      },
      [quote, occurrence] as const,
    );
  }

  /** Selects `quote` with the mouse: a drag from its first character to its last. */
  async dragSelect(quote: string): Promise<void> {
    await this.select(quote);
    const box = await this.page.evaluate(() => {
      const range = getSelection()!.getRangeAt(0);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const first = rects[0]!;
      const last = rects.at(-1)!;
      getSelection()!.removeAllRanges();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    });
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2, box.y2, { steps: 5 });
    await this.page.mouse.up();
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveState).toHaveText("Saved");
  }

  /** The caller's spans of the document, as saved on the server. */
  async savedSpans(documentId: number): Promise<SavedSpan[]> {
    const response = await this.page.request.get(`/api/documents/${documentId}/annotations`);
    expect(response.status()).toBe(200);
    return ((await response.json()) as { spans: SavedSpan[] }).spans;
  }

  /** The document text as stored (NFC), to compute the expected offsets from. */
  async storedText(documentId: number): Promise<string> {
    const response = await this.page.request.get(`/api/documents/${documentId}`);
    return ((await response.json()) as { text: string }).text;
  }
}

/** Python's `text[start:end]`: code points, not UTF-16 units. */
export function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

/** The code-point offset at which `quote` first occurs, as Python's `text.index(quote)`. */
export function pythonIndex(text: string, quote: string): number {
  const at = text.indexOf(quote);
  expect(at, `"${quote}" occurs in the text`).toBeGreaterThanOrEqual(0);
  return Array.from(text.slice(0, at)).length;
}
