"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/projects/confirm-button";
import { apiFetch } from "@/lib/client/api-fetch";
import type { EntityView } from "@/lib/server/catalog/entity-view";
import type { EntityTypeOption } from "./entity-draft";
import { EntityForm } from "./entity-form";

const qidPattern = /^Q\d+$/;

export function EntityRow({
  projectId,
  entity,
  entityTypes,
  canManage,
}: {
  projectId: number;
  entity: EntityView;
  entityTypes: EntityTypeOption[];
  canManage: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => apiFetch<void>(`/api/projects/${projectId}/entities/${entity.id}`, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });
  const type = entityTypes.find((t) => t.id === entity.entityTypeId);
  // The name is stored as an alias too; listing it again would only repeat the heading.
  const otherAliases = entity.aliases.filter((a) => a.alias !== entity.name);
  const usage = entity.usage === 1 ? "1 span links it" : `${entity.usage} spans link it`;
  const isUsed = entity.usage > 0;

  return (
    <li aria-label={entity.name} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {editing ? (
        <EntityForm projectId={projectId} entityTypes={entityTypes} entity={entity} onDone={() => setEditing(false)} />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 flex-1 space-y-2">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <p className="font-medium text-slate-900">{entity.name}</p>
              {type && (
                <span className="inline-flex items-center gap-1.5 text-xs text-slate-600">
                  <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: type.color }} />
                  {type.name}
                </span>
              )}
              {entity.externalId &&
                (qidPattern.test(entity.externalId) ? (
                  <a href={`https://www.wikidata.org/wiki/${entity.externalId}`} target="_blank" rel="noreferrer"
                    className="font-mono text-xs text-indigo-700 hover:underline">
                    {entity.externalId}
                  </a>
                ) : (
                  <span className="font-mono text-xs text-slate-500">{entity.externalId}</span>
                ))}
              {isUsed && <span className="text-xs text-slate-500">{usage}</span>}
            </div>
            {entity.description && <p className="text-sm text-slate-600">{entity.description}</p>}
            {otherAliases.length > 0 && (
              <ul aria-label={`Aliases of ${entity.name}`} className="flex flex-wrap gap-1.5">
                {otherAliases.map((a) => (
                  <li key={a.alias} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800">
                    {a.alias}
                    {a.language && <span className="font-mono text-xs text-slate-500">{a.language}</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {canManage && (
            <div className="flex items-center gap-2">
              <button type="button" onClick={() => setEditing(true)}
                className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100">
                Edit
              </button>
              <ConfirmButton label="Delete" confirmLabel="Yes, delete" pending={remove.isPending} onConfirm={() => remove.mutate()}
                question={isUsed ? `Delete ${entity.name}? ${usage}; they will lose the link.` : `Delete ${entity.name}?`} />
            </div>
          )}
        </div>
      )}
      {remove.error && <p role="alert" className="mt-2 text-sm text-red-700">{remove.error.message}</p>}
    </li>
  );
}
