"use client";

import { type RefObject, useLayoutEffect, useRef } from "react";
import type { TextSurface } from "@/lib/client/workspace/offset-bridge";
import type { PaintItem, PaintStyle } from "@/lib/client/workspace/paint-model";
import type { TextLayout } from "@/lib/client/workspace/text-layout";
import { NearViewHighlights } from "./near-view-highlights";

/**
 * Paints marks as CSS Custom Highlights over the text of `surfaceRef` (set before this hook's
 * layout effects run, for `layout`). The text's DOM is never touched: a new mark costs one Range.
 */
export function useHighlightPaint(
  surfaceRef: RefObject<TextSurface | null>,
  layout: TextLayout,
  groups: readonly (readonly PaintItem[])[],
  styles: Map<string, PaintStyle>,
  enabled: boolean,
): void {
  const painter = useRef<NearViewHighlights | null>(null);

  useLayoutEffect(() => {
    const surface = surfaceRef.current;
    if (!enabled || !surface) return;
    const highlights = new NearViewHighlights(surface, styles);
    painter.current = highlights;
    return () => {
      highlights.dispose();
      painter.current = null;
    };
  }, [surfaceRef, layout, styles, enabled]);

  useLayoutEffect(() => {
    const highlights = painter.current;
    if (!highlights) return;
    groups.forEach((items, index) => highlights.setGroup(index, items));
    performance.mark("cd:marks-painted");
  }, [groups, layout, styles, enabled]);
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
