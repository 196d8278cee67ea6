// In-page measurements of the workspace; each function runs in the browser through page.evaluate.
import type { Page } from "@playwright/test";

/** Milliseconds from navigation start to the first frame after the workspace is ready. */
export async function measureOpen(page: Page, url: string): Promise<number> {
  await page.bringToFront(); // A page in the background gets throttled frames.
  await page.goto(url);
  await page.waitForSelector("[data-ready]", { timeout: 60_000 });
  return page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
  );
}

/**
 * Selects the `index`-th word of a paragraph near the middle of the view, presses the key of the
 * first entity type and times from the key event to the frame after the marks were repainted
 * (NaN if no repaint came within 5 s).
 */
export async function measurePaintAfterKey(page: Page, index: number): Promise<number> {
  await page.bringToFront();
  // Start from an idle page, as between a person's selections: the last mark's save has landed
  // (and the work its answer brings is done).
  await page.getByRole("status").filter({ hasText: /^Saved$/ }).waitFor();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  await page.evaluate((index) => {
    const scroller = document.querySelector<HTMLElement>("[data-scroller]")!;
    const middle = scroller.getBoundingClientRect().top + scroller.clientHeight / 2;
    const paragraphs = Array.from(document.querySelectorAll<HTMLElement>("[data-p]"));
    const paragraph = paragraphs.find((p) => p.getBoundingClientRect().bottom > middle) ?? paragraphs[0]!;
    const text = paragraph.textContent ?? "";
    const words = [...text.matchAll(/\p{L}+/gu)];
    const word = words[(index * 7) % words.length]!;
    // Find the text node and offset of the word, whatever elements the paragraph holds.
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const from = word.index - seen;
      if (from >= 0 && from < node.length) range.setStart(node, from);
      const to = word.index + word[0].length - seen;
      if (to > 0 && to <= node.length) range.setEnd(node, to);
      seen += node.length;
    }
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.querySelector<HTMLElement>('[aria-label="Article text"]')!.focus({ preventScroll: true });
  }, index);
  // Listeners go in before the key is pressed: input events overtake script evaluation. From the
  // key event, each frame checks whether the marks were repainted before it; the time is taken
  // just after that frame.
  await page.evaluate(() => {
    const slot = window as unknown as { benchPaint?: Promise<number> };
    slot.benchPaint = new Promise<number>((resolve) => {
      setTimeout(() => resolve(Number.NaN), 5000);
      window.addEventListener(
        "keydown",
        (event) => {
          const keyAt = event.timeStamp;
          const painted = () => performance.getEntriesByName("cd:marks-painted").some((e) => e.startTime >= keyAt);
          const onFrame = () => {
            if (painted()) setTimeout(() => resolve(performance.now() - keyAt), 0);
            else requestAnimationFrame(onFrame);
          };
          requestAnimationFrame(onFrame);
        },
        { capture: true, once: true },
      );
    });
  });
  await page.keyboard.press("1");
  return page.evaluate(() => (window as unknown as { benchPaint: Promise<number> }).benchPaint);
}

/** Scrolls the text from top to bottom, 60 px a frame, and returns the frame durations. */
export async function measureScroll(page: Page): Promise<number[]> {
  await page.bringToFront();
  return page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>("[data-scroller]")!;
    scroller.style.scrollBehavior = "auto";
    scroller.scrollTop = 0;
    const frames: number[] = [];
    await new Promise<void>((resolve) => {
      let last = performance.now();
      const step = (now: number) => {
        frames.push(now - last);
        last = now;
        scroller.scrollTop += 60;
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        if (atEnd || frames.length > 600) resolve();
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    return frames.slice(1);
  });
}

/** JS heap in MB and DOM node count, from the DevTools protocol. */
export async function measureMemory(page: Page): Promise<{ heapMb: number; nodes: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  await session.send("Performance.enable");
  const { metrics } = await session.send("Performance.getMetrics");
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  await session.detach();
  return { heapMb: metric("JSHeapUsedSize") / 1024 / 1024, nodes: metric("Nodes") };
}
