"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * `value`, but updated only after the browser has painted the frame that follows a change, and
 * then in an interruptible transition. Work derived from it (tracks, targets and the marks of
 * 2,000 spans) thus never delays the frame that shows what a key press did. Unlike
 * useDeferredValue, whose render may start before that frame.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setSettled(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, settled]);
  return settled;
}
