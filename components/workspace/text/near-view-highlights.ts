import { rangeForOffsets, type TextSurface } from "@/lib/client/workspace/offset-bridge";
import type { PaintItem, PaintStyle } from "@/lib/client/workspace/paint-model";
import { locateCodePoint } from "@/lib/client/workspace/text-layout";

/** A mark and the paragraphs it touches; it holds a Range only while one of them is near the view. */
interface Mark {
  item: PaintItem;
  first: number;
  last: number;
  range: Range | null;
}

/**
 * How far beyond the visible text marks stay registered, so that scrolling finds them painted: a
 * few frames of scrolling. Every Range registered is repainted on any change, so no further.
 */
const nearMargin = "25% 0px";

function keyed(items: readonly PaintItem[]): Map<string, PaintItem> {
  const byKey = new Map<string, PaintItem>();
  for (const item of items) {
    const base = `${item.name}|${item.start}|${item.end}`;
    let key = base;
    for (let copy = 2; byKey.has(key); copy++) key = `${base}#${copy}`;
    byKey.set(key, item);
  }
  return byKey;
}

/**
 * Marks as CSS Custom Highlights, one Highlight per style name, registering only the Ranges of
 * paragraphs near the view. Chromium re-derives every registered Range after any DOM or style
 * change in the page, so each frame costs in proportion to what is registered: a hundred Ranges
 * near the view instead of thousands keeps a key press and a scroll cheap in a long article.
 */
export class NearViewHighlights {
  private readonly highlights = new Map<string, Highlight>();
  /** Per group (spans, suggestions, selection): its last items and their marks by key. */
  private readonly groups: { items: readonly PaintItem[] | null; marks: Map<string, Mark> }[] = [];
  private readonly marksByParagraph = new Map<number, Set<Mark>>();
  private readonly near = new Set<number>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly surface: TextSurface,
    styles: Map<string, PaintStyle>,
  ) {
    for (const [name, style] of styles) {
      const highlight = new Highlight();
      highlight.priority = style.priority;
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    this.observer = new IntersectionObserver((entries) => this.onIntersections(entries), {
      root: surface.container.closest("[data-scroller]"),
      rootMargin: nearMargin,
    });
    for (const paragraph of Array.from(surface.container.children)) this.observer.observe(paragraph);
  }

  dispose(): void {
    this.observer.disconnect();
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
  }

  /** Replaces a group's items; only what changed gains or loses a Range. */
  setGroup(index: number, items: readonly PaintItem[]): void {
    const group = (this.groups[index] ??= { items: null, marks: new Map() });
    if (group.items === items) return;
    group.items = items;
    const wanted = keyed(items);
    for (const [key, mark] of group.marks) {
      if (wanted.has(key)) continue;
      this.unregister(mark);
      for (let p = mark.first; p <= mark.last; p++) this.marksByParagraph.get(p)?.delete(mark);
      group.marks.delete(key);
    }
    for (const [key, item] of wanted) {
      if (group.marks.has(key)) continue;
      const first = locateCodePoint(this.surface.layout, item.start, "start")?.paragraph;
      const last = locateCodePoint(this.surface.layout, item.end, "end")?.paragraph;
      if (first === undefined || last === undefined) continue;
      const mark: Mark = { item, first, last, range: null };
      group.marks.set(key, mark);
      for (let p = first; p <= last; p++) {
        let marks = this.marksByParagraph.get(p);
        if (!marks) this.marksByParagraph.set(p, (marks = new Set()));
        marks.add(mark);
      }
      if (this.isNear(mark)) this.register(mark);
    }
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    const left: number[] = [];
    for (const entry of entries) {
      const paragraph = Number((entry.target as HTMLElement).dataset.p);
      if (entry.isIntersecting) {
        this.near.add(paragraph);
        for (const mark of this.marksByParagraph.get(paragraph) ?? []) this.register(mark);
      } else {
        this.near.delete(paragraph);
        left.push(paragraph);
      }
    }
    for (const paragraph of left) {
      for (const mark of this.marksByParagraph.get(paragraph) ?? []) if (!this.isNear(mark)) this.unregister(mark);
    }
  }

  private isNear(mark: Mark): boolean {
    for (let p = mark.first; p <= mark.last; p++) if (this.near.has(p)) return true;
    return false;
  }

  private register(mark: Mark): void {
    if (mark.range) return;
    mark.range = rangeForOffsets(this.surface, mark.item.start, mark.item.end);
    if (mark.range) this.highlights.get(mark.item.name)?.add(mark.range);
  }

  private unregister(mark: Mark): void {
    if (!mark.range) return;
    this.highlights.get(mark.item.name)?.delete(mark.range);
    mark.range = null;
  }
}
