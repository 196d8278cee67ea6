"use client";

import { useMemo } from "react";
import { paintStyles, selectionPaintItems, spanPaintItems, spanPaintKey, suggestionPaintItems } from "@/lib/client/workspace/paint-model";
import { useMemoByKey } from "@/lib/client/workspace/use-memo-by-key";
import { targetsAt } from "@/lib/client/workspace/targets";
import type { WorkspaceActions } from "../use-workspace-actions";
import type { WorkspaceModel } from "../use-workspace-model";
import { ArticleText } from "./article-text";
import { DocumentHeading } from "./document-heading";
import type { RenderMode } from "./render-mode";
import { SelectionRing, useRangeBoxes } from "./selection-ring";
import { SpanTooltip } from "./span-tooltip";
import { useKeyboardCaret } from "./use-keyboard-caret";
import { useTextPointer } from "./use-text-pointer";

interface Props {
  model: WorkspaceModel;
  actions: WorkspaceActions;
  mode: RenderMode;
  /** The page opened with a span selected (a link to it): the first scroll jumps there. */
  openedAtSpan: boolean;
}

/** The reading column: heading, the article with its marks, and the ring, caret and tooltips over it. */
export function TextPane({ model, actions, mode, openedAtSpan }: Props) {
  const { layout, containerRef, surfaceRef, schema, spans, suggestions, selectedSpan, selectedSuggestion } = model;

  const styles = useMemo(() => paintStyles(schema), [schema]);
  // A save acknowledged (new id and version) or a note or link changed: the same marks, nothing to repaint.
  const paintKey = useMemo(() => spanPaintKey(schema, spans), [schema, spans]);
  const spanItems = useMemoByKey(paintKey, () => spanPaintItems(schema, spans));
  const suggestionItems = useMemo(() => suggestionPaintItems(schema, suggestions), [schema, suggestions]);
  const selectionItems = useMemo(() => selectionPaintItems(selectedSpan, selectedSuggestion), [selectedSpan, selectedSuggestion]);
  const groups = useMemo(() => [spanItems, suggestionItems, selectionItems], [spanItems, suggestionItems, selectionItems]);
  const selected = selectedSpan ?? selectedSuggestion;
  const boxes = useRangeBoxes(surfaceRef, selected?.start ?? null, selected?.end ?? null, groups);
  const pointer = useTextPointer(model, actions);
  const keyboard = useKeyboardCaret(containerRef);
  const hovered = pointer.hover ? targetsAt(model.targets(), pointer.hover.offset).map((t) => t.target) : [];
  const firstBox = boxes[0];

  return (
    // Strict containment: what changes inside (ring, caret, tooltip) never relayouts the page around.
    <div data-scroller className="min-h-0 flex-1 overflow-y-auto scroll-smooth bg-white [contain:strict]">
      <article aria-labelledby="document-title" className="mx-auto max-w-[46rem] px-6 pb-24 pt-8 sm:px-10">
        <DocumentHeading document={model.document} />
        <p id="article-text-hint" className="sr-only">
          Select text with the mouse, or move the caret with the arrow keys and extend with Shift, then press a label key.
          Tab moves between marks.
        </p>
        <div className="relative">
          <ArticleText
            layout={layout}
            mode={mode}
            groups={groups}
            styles={styles}
            containerRef={containerRef}
            surfaceRef={surfaceRef}
            language={model.document.language}
            textProps={{
              tabIndex: 0,
              role: "region",
              "aria-label": "Article text",
              "aria-describedby": "article-text-hint",
              onKeyDown: keyboard.onKeyDown,
              ...pointer.handlers,
              // Focus shows as a thin bar in the left margin: a ring around the whole article would shout.
              className: `-ml-4 border-l-2 border-transparent pl-3.5 outline-none focus-visible:border-indigo-300 ${
                model.pickingClaimantFor !== null ? "cursor-crosshair" : ""
              }`,
            }}
          />
          <SelectionRing boxes={boxes} jumpFirst={openedAtSpan} />
          {keyboard.caret && (
            <div
              aria-hidden
              className="pointer-events-none absolute w-0.5 animate-pulse bg-indigo-600"
              style={{ left: keyboard.caret.left, top: keyboard.caret.top, height: keyboard.caret.height }}
            />
          )}
          {pointer.hover && hovered.length > 0 ? (
            <SpanTooltip model={model} targets={hovered} position={{ strategy: "fixed", left: pointer.hover.x + 12, top: pointer.hover.y - 12 }} />
          ) : (
            firstBox &&
            model.selection && (
              <SpanTooltip model={model} targets={[model.selection]} position={{ strategy: "absolute", left: firstBox.left, top: firstBox.top - 8 }} />
            )
          )}
        </div>
      </article>
    </div>
  );
}
