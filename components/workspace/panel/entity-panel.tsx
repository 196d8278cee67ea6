"use client";

import { useId } from "react";
import type { Span } from "@/lib/client/workspace/api-types";
import { useCreateEntity } from "@/lib/client/workspace/use-catalog-mutations";
import { useEntitySearch } from "@/lib/client/workspace/use-workspace-queries";
import { useWorkspace } from "../workspace-context";
import { EntityPicker } from "./entity-picker";
import { smallButton } from "./mark-heading";
import { SpanHeading } from "./span-heading";

/** The selected entity mention: its type and its link to the entity catalog. */
export function EntityPanel({ span }: { span: Span }) {
  const { model, actions } = useWorkspace();
  const { project, schema, lookups, document } = model;
  const typeId = useId();
  // Catalog entities one of whose aliases matches the quote: the likely links.
  const matches = useEntitySearch(project.id, span.quote.trim()).data ?? [];
  const linked = span.entityId === null ? null : lookups.entities.get(span.entityId);
  const create = useCreateEntity(project.id);
  const canCreate = project.roles.includes("manager") || project.settings.annotatorsCanCreateEntities;
  const link = (entityId: number | null) => actions.changeSpan(span, { entityId });

  return (
    <section aria-label="Selected entity mention" className="space-y-4">
      <SpanHeading kind="Entity mention" span={span} />
      <div>
        <label htmlFor={typeId} className="mb-1 block text-xs font-medium text-slate-600">Type</label>
        <select id={typeId} data-autofocus="" value={span.entityTypeId ?? ""}
          onChange={(event) => actions.changeSpan(span, { entityTypeId: Number(event.target.value) })}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          {schema.entityTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}{type.hotkey ? ` (${type.hotkey})` : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-2">
        <h3 className="text-xs font-medium text-slate-600">Catalog entity</h3>
        <div className="flex items-center gap-2 text-sm">
          <span className={linked ? "font-medium text-slate-900" : "text-slate-500"}>{linked?.name ?? "Not linked"}</span>
          {linked && <button type="button" className={`${smallButton} ml-auto`} onClick={() => link(null)}>Unlink</button>}
        </div>
        {matches.filter((m) => m.id !== linked?.id).length > 0 && (
          <ul aria-label="Suggested by alias" className="flex flex-wrap gap-1.5">
            {matches.filter((m) => m.id !== linked?.id).slice(0, 4).map((entity) => (
              <li key={entity.id}>
                <button type="button" className="rounded-full border border-indigo-200 bg-indigo-50 px-2.5 py-0.5 text-xs font-medium text-indigo-800 hover:bg-indigo-100"
                  onClick={() => link(entity.id)}>
                  Link to {entity.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <EntityPicker projectId={project.id} label="Find another entity" onPick={link} />
        {canCreate && !linked && (
          <button type="button" className={smallButton} disabled={create.isPending}
            onClick={() => create.mutate({ name: span.quote, entityTypeId: span.entityTypeId, language: document.language }, { onSuccess: (entity) => link(entity.id) })}>
            Create catalog entity from this span
          </button>
        )}
        {create.error && <p role="alert" className="text-xs text-red-700">{create.error.message}</p>}
      </div>
    </section>
  );
}
