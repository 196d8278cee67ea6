"use client";

import { hashKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import type { CatalogClaim, CatalogEntity, DocumentAnnotations, Queue, Suggestion } from "./api-types";
import { workspaceKeys } from "./workspace-keys";

/**
 * The caller's annotations of a document. This tab is their only writer, so the cache is never
 * refetched behind the user's back (which would drop optimistic changes still being saved).
 */
export function useAnnotations(documentId: number) {
  return useQuery({
    queryKey: workspaceKeys.annotations(documentId),
    queryFn: ({ signal }) => apiFetch<DocumentAnnotations>(`/api/documents/${documentId}/annotations`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/**
 * The annotations as they are in the cache this instant. useQuery hears of a change a task later
 * (its notifications are batched); the query cache tells its own subscribers at once, so that an
 * optimistic change and the selection it brings render together, in one pass.
 */
export function useCachedAnnotations(documentId: number): DocumentAnnotations | undefined {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => {
      const hash = hashKey(workspaceKeys.annotations(documentId));
      return queryClient.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === hash) onChange();
      });
    },
    [queryClient, documentId],
  );
  const read = () => queryClient.getQueryData<DocumentAnnotations>(workspaceKeys.annotations(documentId));
  return useSyncExternalStore(subscribe, read, read);
}

export function useSuggestions(documentId: number) {
  return useQuery({
    queryKey: workspaceKeys.suggestions(documentId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Suggestion[] }>(`/api/documents/${documentId}/suggestions`, { signal }).then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useQueue(projectId: number) {
  return useQuery({
    queryKey: workspaceKeys.queue(projectId),
    queryFn: ({ signal }) => apiFetch<Queue>(`/api/projects/${projectId}/queue`, { signal }),
  });
}

/** The whole claim catalog: names for the spans' claims and the document-level stances. */
export function useAllClaims(projectId: number) {
  return useQuery({
    queryKey: workspaceKeys.allClaims(projectId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: CatalogClaim[] }>(`/api/projects/${projectId}/claims`, { signal }).then((r) => r.items),
  });
}

export function useClaimSearch(projectId: number, q: string) {
  return useQuery({
    queryKey: workspaceKeys.claims(projectId, q),
    queryFn: ({ signal }) =>
      apiFetch<{ items: CatalogClaim[] }>(`/api/projects/${projectId}/claims?q=${encodeURIComponent(q)}`, {
        signal,
      }).then((r) => r.items),
    // Keep showing the last results while the next search runs.
    placeholderData: (previous) => previous,
  });
}

/** Entities by name or any alias ("Tokajew" finds Tokayev); empty `q` lists them all. */
export function useEntitySearch(projectId: number, q: string) {
  return useQuery({
    queryKey: workspaceKeys.entities(projectId, q),
    queryFn: ({ signal }) =>
      apiFetch<{ items: CatalogEntity[] }>(`/api/projects/${projectId}/entities?q=${encodeURIComponent(q)}`, {
        signal,
      }).then((r) => r.items),
    // Keep showing the last results while the next search runs.
    placeholderData: (previous) => previous,
  });
}
