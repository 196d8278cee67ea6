"use client";

import { type RefObject, useEffect, useId, useMemo, useRef } from "react";
import { ArticleText } from "@/components/workspace/text/article-text";
import { domPointToOffset, rangeForOffsets, type TextSurface } from "@/lib/client/workspace/offset-bridge";
import type { PaintItem, PaintStyle } from "@/lib/client/workspace/paint-model";
import { layoutParagraphs } from "@/lib/client/workspace/text-layout";

interface Props {
  document: { title: string; text: string; language: string };
  groups: readonly (readonly PaintItem[])[];
  styles: Map<string, PaintStyle>;
  /** Scrolled into view when it changes. */
  focused: { start: number; end: number } | undefined;
  /** A click in the text, as a document offset (code points). */
  onPick: (offset: number) => void;
}

/**
 * A read-only article (one text node per paragraph) with marks painted as CSS Custom Highlights by
 * the workspace's renderer: no element per span or per character.
 */
export function PaintedArticle({ document, groups, styles, focused, onPick }: Props) {
  const titleId = useId();
  const layout = useMemo(() => layoutParagraphs(document.text), [document.text]);
  const surfaceRef = useRef<TextSurface | null>(null);
  // React attaches refs before any layout effect runs, the painter's included: setting the surface
  // as the element attaches lets the very first paint find it.
  const containerRef = useMemo<RefObject<HTMLDivElement | null>>(() => {
    let element: HTMLDivElement | null = null;
    return {
      get current() {
        return element;
      },
      set current(value) {
        element = value;
        surfaceRef.current = value ? { container: value, layout } : null;
      },
    };
  }, [layout]);

  // Bring the focused stretch into view when it changes.
  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface || !focused) return;
    const range = rangeForOffsets(surface, focused.start, focused.end);
    const box = range?.getBoundingClientRect();
    const scroller = containerRef.current?.closest<HTMLElement>("[data-scroller]");
    if (!box || !scroller) return;
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top + 40 || box.bottom > view.bottom - 40) {
      scroller.scrollBy({ top: box.top - view.top - view.height / 3 });
    }
  }, [focused]);

  return (
    <div data-scroller className="min-h-0 flex-1 overflow-y-auto bg-white">
      <article aria-labelledby={titleId} className="mx-auto max-w-[46rem] px-6 pb-24 pt-8 sm:px-10">
        <h1 id={titleId} className="mb-6 font-serif text-2xl font-semibold text-slate-900" dir="auto">
          {document.title}
        </h1>
        <ArticleText
          layout={layout}
          mode="highlights"
          groups={groups}
          styles={styles}
          containerRef={containerRef}
          surfaceRef={surfaceRef}
          language={document.language}
          textProps={{
            role: "region",
            "aria-label": "Article text",
            // A plain click leaves a collapsed selection where it landed; a drag selects and picks nothing.
            onClick: () => {
              const selection = window.getSelection();
              const surface = surfaceRef.current;
              if (!surface || !selection?.isCollapsed || !selection.anchorNode) return;
              const offset = domPointToOffset(surface, selection.anchorNode, selection.anchorOffset);
              if (offset !== null) onPick(offset);
            },
          }}
        />
      </article>
    </div>
  );
}
