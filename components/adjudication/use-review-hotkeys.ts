"use client";

import { useEffect, useRef } from "react";

export interface ReviewHotkeys {
  move: (step: 1 | -1) => void;
  accept: (annotatorIndex: number) => void;
  reject: () => void;
  undo: () => void;
  finish: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * j/k (or Tab/Shift+Tab from the text or the list) move between candidates, 1–9 accept annotator
 * N's version, x rejects, u undoes, Enter finishes. Keys typed into fields stay with the fields.
 */
export function useReviewHotkeys(handlers: ReviewHotkeys): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const onButton = target?.closest("button, a") !== null && target !== null;
      const inNav = target === null || target === document.body || target.closest("[data-review-nav]") !== null;
      const h = latest.current;
      if (event.key === "Tab") {
        if (!inNav) return;
        event.preventDefault();
        h.move(event.shiftKey ? -1 : 1);
      } else if (event.key === "j") h.move(1);
      else if (event.key === "k") h.move(-1);
      else if (/^[1-9]$/.test(event.key)) h.accept(Number(event.key) - 1);
      else if (event.key === "x") h.reject();
      else if (event.key === "u") h.undo();
      else if (event.key === "Enter" && !onButton) h.finish();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
