/** TanStack Query keys of the annotation workspace, so that updates hit what queries read. */
export const workspaceKeys = {
  annotations: (documentId: number) => ["documents", documentId, "annotations"] as const,
  suggestions: (documentId: number) => ["documents", documentId, "suggestions"] as const,
  queue: (projectId: number) => ["projects", projectId, "queue"] as const,
  claims: (projectId: number, q: string) => ["projects", projectId, "claims", "search", q] as const,
  /** The whole claim catalog, and the prefix of every claim query of a project. */
  allClaims: (projectId: number) => ["projects", projectId, "claims"] as const,
  /** Every entity query of a project; invalidate after adding an entity. */
  allEntities: (projectId: number) => ["projects", projectId, "entities"] as const,
  entities: (projectId: number, q: string) => ["projects", projectId, "entities", "search", q] as const,
};
