"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import type { EntityView } from "@/lib/server/catalog/entity-view";
import { AliasEditor } from "./alias-editor";
import { type EntityTypeOption, toEntityBody, toEntityDraft } from "./entity-draft";

const inputClass = "w-full rounded-md border border-slate-300 px-3 py-2";

/** Creates an entity, or edits `entity` when given. */
export function EntityForm({
  projectId,
  entityTypes,
  entity,
  onDone,
}: {
  projectId: number;
  entityTypes: EntityTypeOption[];
  entity?: EntityView;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState(() => toEntityDraft(entity));
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toEntityBody>) =>
      entity
        ? apiFetch<EntityView>(`/api/projects/${projectId}/entities/${entity.id}`, { method: "PATCH", json: body })
        : apiFetch<EntityView>(`/api/projects/${projectId}/entities`, { method: "POST", json: body }),
    onSuccess: () => {
      if (!entity) setDraft(toEntityDraft());
      router.refresh();
      onDone?.();
    },
  });
  const idPrefix = entity ? `entity-${entity.id}` : "new-entity";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(toEntityBody(draft));
  }

  return (
    <form onSubmit={onSubmit} aria-label={entity ? `Edit ${entity.name}` : "Add an entity"} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-name`} className="block text-sm font-medium">Name</label>
          <input id={`${idPrefix}-name`} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            required maxLength={300} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-type`} className="block text-sm font-medium">Type</label>
          <select id={`${idPrefix}-type`} value={draft.entityTypeId} onChange={(e) => setDraft({ ...draft, entityTypeId: e.target.value })}
            className={`${inputClass} bg-white`}>
            <option value="">No type</option>
            {entityTypes.map((type) => (
              <option key={type.id} value={type.id}>{type.name}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-external`} className="block text-sm font-medium">External id (optional)</label>
          <input id={`${idPrefix}-external`} value={draft.externalId} onChange={(e) => setDraft({ ...draft, externalId: e.target.value })}
            maxLength={200} placeholder="Q232" aria-describedby={`${idPrefix}-external-help`} className={`${inputClass} font-mono`} />
          <p id={`${idPrefix}-external-help`} className="text-xs text-slate-500">A Wikidata QID such as Q232, or another short id.</p>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-description`} className="block text-sm font-medium">Description (optional)</label>
          <input id={`${idPrefix}-description`} value={draft.description} maxLength={5000}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })} className={inputClass} />
        </div>
      </div>
      <AliasEditor idPrefix={idPrefix} aliases={draft.aliases} onChange={(aliases) => setDraft({ ...draft, aliases })} />
      <div className="flex items-center gap-2">
        <button type="submit" disabled={save.isPending}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          {entity ? "Save entity" : "Add entity"}
        </button>
        {onDone && entity && (
          <button type="button" onClick={onDone} className="rounded-md px-3 py-2 text-sm text-slate-600 hover:text-slate-900">
            Cancel
          </button>
        )}
        <p role="status" className="text-sm text-green-700">{!entity && save.isSuccess ? "Added." : ""}</p>
      </div>
      {save.error && <p role="alert" className="text-sm text-red-700">{save.error.message}</p>}
    </form>
  );
}
