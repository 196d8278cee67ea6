"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import type { MissingItem, SubmitResult } from "@/lib/client/workspace/api-types";
import { workspaceKeys } from "@/lib/client/workspace/workspace-keys";
import type { WorkspaceModel } from "./use-workspace-model";

export type SubmitPhase = "idle" | "saving" | "submitting";

/**
 * Submits the document once every change is saved. A 422 lists what is missing and selects the
 * first incomplete span; success opens the next document, or the queue when none is left.
 */
export function useSubmit(model: WorkspaceModel) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<SubmitPhase>("idle");
  const [missing, setMissing] = useState<MissingItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { document, writer } = model;

  const submit = useCallback(async () => {
    if (phase !== "idle") return;
    setError(null);
    setPhase("saving");
    await writer.queue.whenIdle();
    const issues = writer.issues.getState();
    if (issues.conflicts.length > 0 || issues.labelConflicts.length > 0) {
      setPhase("idle");
      setError("Resolve the conflicting changes before submitting.");
      return;
    }
    setPhase("submitting");
    try {
      const result = await apiFetch<SubmitResult>(`/api/documents/${document.id}/submit`, { method: "POST" });
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.queue(document.projectId) });
      router.push(
        result.next ? `/documents/${result.next.documentId}/annotate` : `/projects/${document.projectId}/queue?submitted=${document.id}`,
      );
    } catch (caught) {
      setPhase("idle");
      const details = caught instanceof ApiError ? (caught.details as { missing?: MissingItem[] } | undefined) : undefined;
      if (caught instanceof ApiError && caught.status === 422 && details?.missing?.length) {
        setMissing(details.missing);
        model.setSelection({ kind: "span", id: details.missing[0]!.spanId });
        return;
      }
      setError(caught instanceof Error ? caught.message : "The document was not submitted");
    }
  }, [phase, writer, document, queryClient, router, model]);

  // Stable between changes of its own, so that the header need not render on every key.
  return useMemo(
    () => ({ submit, phase, missing, closeMissing: () => setMissing(null), error, clearError: () => setError(null) }),
    [submit, phase, missing, error],
  );
}

export type SubmitControl = ReturnType<typeof useSubmit>;
