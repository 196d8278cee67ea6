"use client";

import { type RefObject, useEffect, useMemo, useRef } from "react";
import { ArticleText } from "@/components/workspace/text/article-text";
import { domPointToOffset, rangeForOffsets, type TextSurface } from "@/lib/client/workspace/offset-bridge";
import { layoutParagraphs } from "@/lib/client/workspace/text-layout";
import { candidatePaintItems, focusPaintItems, goldPaintItems, reviewPaintStyles } from "./review-paint";
import type { CandidateView, DocumentReview } from "./review-types";

interface Props {
  document: DocumentReview["document"];
  candidates: readonly CandidateView[];
  gold: DocumentReview["gold"];
  focused: CandidateView | undefined;
  /** A click in the text, as a document offset (code points). */
  onPick: (offset: number) => void;
}

/**
 * The article as text (one text node per paragraph), with candidates and gold spans painted as
 * CSS Custom Highlights by the workspace's renderer: no element per span or per character.
 */
export function ReviewText({ document, candidates, gold, focused, onPick }: Props) {
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
  const candidateItems = useMemo(() => candidatePaintItems(candidates), [candidates]);
  const goldItems = useMemo(() => goldPaintItems(gold), [gold]);
  const focusItems = useMemo(() => focusPaintItems(focused), [focused]);
  const groups = useMemo(() => [candidateItems, goldItems, focusItems], [candidateItems, goldItems, focusItems]);

  // Bring the focused candidate into view when the keyboard moves to it.
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
      <article aria-labelledby="review-document-title" className="mx-auto max-w-[46rem] px-6 pb-24 pt-8 sm:px-10">
        <h1 id="review-document-title" className="mb-6 font-serif text-2xl font-semibold text-slate-900" dir="auto">
          {document.title}
        </h1>
        <ArticleText
          layout={layout}
          mode="highlights"
          groups={groups}
          styles={reviewPaintStyles}
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
