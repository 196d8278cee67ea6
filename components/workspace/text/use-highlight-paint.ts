"use client";

import { type RefObject, useLayoutEffect, useRef } from "react";
import { rangeForOffsets, type TextSurface } from "@/lib/client/workspace/offset-bridge";
import type { PaintItem, PaintStyle } from "@/lib/client/workspace/paint-model";

/**
 * Marks this tab has painted: per group (spans, suggestions, selection) the Range of each item by
 * key, and the items last painted, so that a change repaints only its group, and in it only what changed.
 */
interface Painted {
  highlights: Map<string, Highlight>;
  groups: { items: readonly PaintItem[] | null; ranges: Map<string, { name: string; range: Range }> }[];
}

function itemKeys(items: readonly PaintItem[]): Map<string, PaintItem> {
  const keyed = new Map<string, PaintItem>();
  for (const item of items) {
    const base = `${item.name}|${item.start}|${item.end}`;
    let key = base;
    for (let copy = 2; keyed.has(key); copy++) key = `${base}#${copy}`;
    keyed.set(key, item);
  }
  return keyed;
}

/**
 * Paints marks as CSS Custom Highlights: one Highlight per style name, holding a Range per mark.
 * The text's DOM is never touched, so a new mark costs one Range and one repaint.
 */
export function useHighlightPaint(
  surfaceRef: RefObject<TextSurface | null>,
  groups: readonly (readonly PaintItem[])[],
  styles: Map<string, PaintStyle>,
  enabled: boolean,
): void {
  const painted = useRef<Painted | null>(null);

  useLayoutEffect(() => {
    if (!enabled) return;
    const highlights = new Map<string, Highlight>();
    for (const [name, style] of styles) {
      const highlight = new Highlight();
      highlight.priority = style.priority;
      highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    painted.current = { highlights, groups: [] };
    return () => {
      for (const name of highlights.keys()) CSS.highlights.delete(name);
      painted.current = null;
    };
  }, [styles, enabled]);

  useLayoutEffect(() => {
    const state = painted.current;
    const surface = surfaceRef.current;
    if (!enabled || !state || !surface) return;
    groups.forEach((items, index) => {
      const group = (state.groups[index] ??= { items: null, ranges: new Map() });
      if (group.items === items) return;
      group.items = items;
      const wanted = itemKeys(items);
      for (const [key, { name, range }] of group.ranges) {
        if (wanted.has(key)) continue;
        state.highlights.get(name)?.delete(range);
        group.ranges.delete(key);
      }
      for (const [key, item] of wanted) {
        if (group.ranges.has(key)) continue;
        const range = rangeForOffsets(surface, item.start, item.end);
        if (!range) continue;
        state.highlights.get(item.name)?.add(range);
        group.ranges.set(key, { name: item.name, range });
      }
    });
    performance.mark("cd:marks-painted");
  }, [groups, styles, enabled, surfaceRef]);
}

/** The `::highlight()` rules of every style; colours were checked by paintStyles. */
export function highlightCss(styles: Map<string, PaintStyle>, underlineOffset: (track: number) => number): string {
  const rules: string[] = [];
  for (const [name, style] of styles) {
    const declarations: string[] = [];
    if (style.tint) declarations.push(`background-color: ${style.tint}`);
    if (style.underline) {
      const { color, track, dashed } = style.underline;
      declarations.push(
        `text-decoration: underline ${dashed ? "dashed " : ""}${color}`,
        `text-decoration-thickness: ${dashed ? 1.5 : 2}px`,
        `text-underline-offset: ${underlineOffset(track)}px`,
        "text-decoration-skip-ink: none",
      );
    }
    rules.push(`::highlight(${name}) { ${declarations.join("; ")}; }`);
  }
  return rules.join("\n");
}
