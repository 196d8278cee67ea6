"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { CatalogClaim, CatalogEntity } from "./api-types";
import { workspaceKeys } from "./workspace-keys";

/** Proposes a claim for the catalog (managers add it approved); the claim lists refresh. */
export function useProposeClaim(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (statement: string) =>
      apiFetch<CatalogClaim>(`/api/projects/${projectId}/claims`, { method: "POST", json: { statement } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.allClaims(projectId) }),
  });
}

/** Adds an entity to the catalog, named and aliased after a span's quote. */
export function useCreateEntity(projectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; entityTypeId: number | null; language: string }) =>
      apiFetch<CatalogEntity>(`/api/projects/${projectId}/entities`, {
        method: "POST",
        json: {
          name: input.name,
          entityTypeId: input.entityTypeId,
          aliases: [{ alias: input.name, language: input.language === "und" ? null : input.language }],
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.allEntities(projectId) }),
  });
}
