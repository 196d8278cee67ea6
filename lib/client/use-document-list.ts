import { useInfiniteQuery } from "@tanstack/react-query";
import type { DocumentPage } from "@/lib/server/documents/list-documents";
import { apiFetch } from "./api-fetch";
import { type DocumentListFilters, queryKeys } from "./query-keys";

/** Pages of a project's documents, fetched one cursor at a time. */
export function useDocumentList(projectId: number, filters: DocumentListFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.documents.list(projectId, filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams();
      if (pageParam) params.set("cursor", pageParam);
      if (filters.language) params.set("language", filters.language);
      if (filters.q) params.set("q", filters.q);
      return apiFetch<DocumentPage>(`/api/projects/${projectId}/documents?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
