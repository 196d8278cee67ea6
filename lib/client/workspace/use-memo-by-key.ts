"use client";

import { useRef } from "react";

/**
 * `compute()`, computed again only when `key` changes: for derived data whose inputs change
 * identity more often than content (a saved span's new id and version change no mark).
 */
export function useMemoByKey<T>(key: string, compute: () => T): T {
  const kept = useRef<{ key: string; value: T } | null>(null);
  if (kept.current?.key !== key) kept.current = { key, value: compute() };
  return kept.current.value;
}
