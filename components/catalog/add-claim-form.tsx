"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";
import type { ClaimView } from "@/lib/server/catalog/claim-view";
import { ClaimTranslationsEditor } from "./claim-translations-editor";

/**
 * Managers add approved claims; other members propose claims for a manager to approve. A claim
 * may come with its translations, which the server checks as it checks an edit's.
 */
export function AddClaimForm({ projectId, proposes }: { projectId: number; proposes: boolean }) {
  const router = useRouter();
  const [statement, setStatement] = useState("");
  const [description, setDescription] = useState("");
  const [translations, setTranslations] = useState<ClaimTranslation[]>([]);
  const add = useMutation({
    mutationFn: (body: { statement: string; description: string; translations: ClaimTranslation[] }) =>
      apiFetch<ClaimView>(`/api/projects/${projectId}/claims`, { method: "POST", json: body }),
    onSuccess: () => {
      setStatement("");
      setDescription("");
      setTranslations([]);
      router.refresh();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ statement, description, translations });
  }

  const title = proposes ? "Propose a claim" : "Add a claim";
  return (
    <form onSubmit={onSubmit} aria-label={title} className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-5">
      <h3 className="font-medium">{title}</h3>
      {proposes && <p className="text-sm text-slate-600">A manager approves proposed claims before they join the catalog.</p>}
      <div className="space-y-1">
        <label htmlFor="new-claim-statement" className="block text-sm font-medium">Statement</label>
        <input id="new-claim-statement" value={statement} onChange={(e) => setStatement(e.target.value)} required maxLength={1000}
          placeholder="Kazakhstan supports the sanctions regime" className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-claim-description" className="block text-sm font-medium">Description (optional)</label>
        <textarea id="new-claim-description" value={description} onChange={(e) => setDescription(e.target.value)} rows={2}
          maxLength={5000} className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <ClaimTranslationsEditor idPrefix="new-claim" translations={translations} onChange={setTranslations} />
      <div className="flex items-center gap-4">
        <button type="submit" disabled={add.isPending}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          {proposes ? "Propose claim" : "Add claim"}
        </button>
        <p role="status" className="text-sm text-green-700">
          {add.isSuccess ? (proposes ? "Proposed; a manager will review it." : "Added.") : ""}
        </p>
      </div>
      {add.error && <p role="alert" className="text-sm text-red-700">{add.error.message}</p>}
    </form>
  );
}
