"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import { annotationWriteKey } from "./write-queue";

export type SaveState = "saved" | "saving" | "retrying";

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Saved, Saving… or Offline, retrying, from the pending annotation writes of the document. Read
 * straight from the mutation cache, whose own subscribers hear of a new write at once: the badge
 * never says "Saved" while a write is queued.
 */
export function useSaveState(documentId: number): { state: SaveState; pending: number } {
  const queryClient = useQueryClient();
  const cache = queryClient.getMutationCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string, so that an unchanged summary is the same snapshot.
  const summary = useSyncExternalStore(
    subscribe,
    () => {
      const pending = cache.findAll({ mutationKey: annotationWriteKey(documentId), status: "pending" });
      return `${pending.length}:${pending.some((m) => m.state.failureCount > 0 || m.state.isPaused)}`;
    },
    () => "0:false",
  );
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [count, failing] = summary.split(":");
  const pending = Number(count);
  if (pending === 0) return { state: "saved", pending };
  return { state: !online || failing === "true" ? "retrying" : "saving", pending };
}
