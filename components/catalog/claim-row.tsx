"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/projects/confirm-button";
import { apiFetch } from "@/lib/client/api-fetch";
import type { ClaimPatch } from "@/lib/server/catalog/update-claim";
import type { ClaimView } from "@/lib/server/catalog/claim-view";
import { ClaimEditForm } from "./claim-edit-form";

const secondaryButton = "rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100";

export function ClaimRow({ projectId, claim, canManage }: { projectId: number; claim: ClaimView; canManage: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const url = `/api/projects/${projectId}/claims/${claim.id}`;
  const update = useMutation({
    mutationFn: (patch: ClaimPatch) => apiFetch<ClaimView>(url, { method: "PATCH", json: patch }),
    onSuccess: () => {
      setEditing(false);
      router.refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => apiFetch<void>(url, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });
  const error = update.error ?? remove.error;
  const isProposed = claim.status === "proposed";

  return (
    <li aria-label={claim.statement}
      className={`rounded-lg border p-4 shadow-sm ${isProposed ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}>
      {editing ? (
        <ClaimEditForm claimId={claim.id} statement={claim.statement} description={claim.description}
          translations={claim.translations} pending={update.isPending}
          onSave={(patch) => update.mutate(patch)} onCancel={() => setEditing(false)} />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 flex-1 space-y-1">
            <p className="font-medium text-slate-900">{claim.statement}</p>
            {claim.translations.length > 0 && (
              <ul aria-label="Translations" className="space-y-0.5 text-sm text-slate-700">
                {claim.translations.map((translation) => (
                  <li key={translation.language} lang={translation.language}>
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600">{translation.language}</span>
                    {translation.text}
                  </li>
                ))}
              </ul>
            )}
            {claim.description && <p className="text-sm text-slate-600">{claim.description}</p>}
            <p className="flex flex-wrap gap-x-3 text-xs text-slate-500">
              <span className={isProposed ? "font-medium uppercase tracking-wide text-amber-800" : "uppercase tracking-wide"}>
                {claim.status}
              </span>
              {claim.proposedBy && <span>proposed by {claim.proposedBy.name}</span>}
              {claim.usage > 0 && <span>used {claim.usage === 1 ? "once" : `${claim.usage} times`}</span>}
            </p>
          </div>
          {canManage && (
            <div className="flex flex-wrap items-center gap-2">
              {isProposed && (
                <button type="button" disabled={update.isPending} onClick={() => update.mutate({ status: "approved" })}
                  className="rounded-md bg-indigo-600 px-2.5 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
                  Approve
                </button>
              )}
              <button type="button" onClick={() => setEditing(true)} className={secondaryButton}>
                Edit
              </button>
              <ConfirmButton label="Delete" question="Delete this claim?" confirmLabel="Yes, delete" pending={remove.isPending}
                onConfirm={() => remove.mutate()} />
            </div>
          )}
        </div>
      )}
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error.message}</p>}
    </li>
  );
}
