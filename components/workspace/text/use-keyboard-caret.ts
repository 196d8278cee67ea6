"use client";

import { type KeyboardEvent, type RefObject, useEffect, useState } from "react";
import type { Box } from "./selection-ring";

const directions: Record<string, "left" | "right" | "backward" | "forward"> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "backward",
  ArrowDown: "forward",
  Home: "backward",
  End: "forward",
};

function granularity(event: KeyboardEvent): string {
  if (event.key === "Home" || event.key === "End") return "lineboundary";
  if (event.key === "ArrowUp" || event.key === "ArrowDown") return "line";
  return event.ctrlKey || event.altKey ? "word" : "character";
}

/** Puts a caret at the start of the first paragraph in view when the text has none yet. */
function ensureCaret(container: HTMLElement, selection: Selection): void {
  if (selection.rangeCount > 0 && container.contains(selection.anchorNode)) return;
  const top = container.closest("[data-scroller]")?.getBoundingClientRect().top ?? 0;
  const paragraph = Array.from(container.children).find((p) => p.getBoundingClientRect().bottom > top) ?? container.firstElementChild;
  if (paragraph) selection.collapse(paragraph, 0);
}

/** Scrolls the text's scroller just enough to keep the moving end of the selection visible. */
function keepFocusInView(container: HTMLElement, selection: Selection): void {
  const scroller = container.closest<HTMLElement>("[data-scroller]");
  if (!scroller || !selection.focusNode) return;
  const focus = document.createRange();
  focus.setStart(selection.focusNode, selection.focusOffset);
  const rect = focus.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (rect.bottom > view.bottom - margin) scroller.scrollBy({ top: rect.bottom - view.bottom + margin });
  else if (rect.top < view.top + margin) scroller.scrollBy({ top: rect.top - view.top - margin });
}

/**
 * Reading-position keys for the focused text: arrows move a caret (drawn by us, since the text is
 * not editable), Shift+arrows extend the selection from it, Ctrl by words, Home/End by lines.
 */
export function useKeyboardCaret(containerRef: RefObject<HTMLDivElement | null>) {
  const [caret, setCaret] = useState<Box | null>(null);

  useEffect(() => {
    const update = () => {
      const container = containerRef.current;
      const selection = window.getSelection();
      const frame = container?.parentElement;
      if (!container || !frame || !selection || selection.rangeCount === 0 || document.activeElement !== container) {
        setCaret(null);
        return;
      }
      const focus = document.createRange();
      focus.setStart(selection.focusNode!, selection.focusOffset);
      if (!container.contains(focus.startContainer)) return setCaret(null);
      const rect = focus.getClientRects()[0] ?? focus.getBoundingClientRect();
      const origin = frame.getBoundingClientRect();
      setCaret({ left: rect.left - origin.left, top: rect.top - origin.top, width: 2, height: rect.height || 20 });
    };
    document.addEventListener("selectionchange", update);
    const container = containerRef.current;
    container?.addEventListener("focus", update);
    container?.addEventListener("blur", update);
    return () => {
      document.removeEventListener("selectionchange", update);
      container?.removeEventListener("focus", update);
      container?.removeEventListener("blur", update);
    };
  }, [containerRef]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const direction = directions[event.key];
    const container = containerRef.current;
    const selection = window.getSelection();
    if (!direction || !container || !selection || event.metaKey) return;
    event.preventDefault();
    ensureCaret(container, selection);
    if (!event.shiftKey && !selection.isCollapsed) {
      if (direction === "left" || direction === "backward") selection.collapseToStart();
      else selection.collapseToEnd();
      return;
    }
    selection.modify(event.shiftKey ? "extend" : "move", direction, granularity(event));
    keepFocusInView(container, selection);
  }

  return { caret, onKeyDown };
}
