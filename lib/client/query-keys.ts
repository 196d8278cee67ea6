/** Filters of the documents list; part of its query key. */
export interface DocumentListFilters {
  language?: string;
  q?: string;
}

/** Every TanStack Query key in one place, so that invalidations match what queries use. */
export const queryKeys = {
  documents: {
    /** Every documents query of a project; invalidate after an import. */
    all: (projectId: number) => ["projects", projectId, "documents"] as const,
    list: (projectId: number, filters: DocumentListFilters) =>
      [...queryKeys.documents.all(projectId), "list", filters] as const,
  },
};
