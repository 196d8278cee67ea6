"use client";

import { type FormEvent, useState } from "react";
import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";
import { ClaimTranslationsEditor } from "./claim-translations-editor";

/** The inline editor of one claim's statement, description and translations. */
export function ClaimEditForm({
  claimId,
  statement,
  description,
  translations,
  pending,
  onSave,
  onCancel,
}: {
  claimId: number;
  statement: string;
  description: string;
  translations: readonly ClaimTranslation[];
  pending: boolean;
  onSave: (patch: { statement: string; description: string; translations: ClaimTranslation[] }) => void;
  onCancel: () => void;
}) {
  const [draftStatement, setDraftStatement] = useState(statement);
  const [draftDescription, setDraftDescription] = useState(description);
  const [draftTranslations, setDraftTranslations] = useState<ClaimTranslation[]>([...translations]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onSave({ statement: draftStatement, description: draftDescription, translations: draftTranslations });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Edit claim ${claimId}`} className="space-y-2">
      <div className="space-y-1">
        <label htmlFor={`claim-${claimId}-statement`} className="block text-sm font-medium">Statement</label>
        <input id={`claim-${claimId}-statement`} value={draftStatement} onChange={(e) => setDraftStatement(e.target.value)}
          required maxLength={1000} autoFocus className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <div className="space-y-1">
        <label htmlFor={`claim-${claimId}-description`} className="block text-sm font-medium">Description</label>
        <textarea id={`claim-${claimId}-description`} value={draftDescription} rows={2} maxLength={5000}
          onChange={(e) => setDraftDescription(e.target.value)} className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <ClaimTranslationsEditor idPrefix={`claim-${claimId}`} translations={draftTranslations} onChange={setDraftTranslations} />
      <div className="flex gap-2">
        <button type="submit" disabled={pending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          Save
        </button>
        <button type="button" onClick={onCancel} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:text-slate-900">
          Cancel
        </button>
      </div>
    </form>
  );
}
