"use client";

import { useId } from "react";
import type { Span } from "@/lib/client/workspace/api-types";
import { useWorkspace } from "../workspace-context";
import { EntityPicker } from "./entity-picker";
import { smallButton } from "./mark-heading";

/** Who makes the claim: a catalog entity, or a mention of one in this text. */
export function ClaimantField({ span }: { span: Span }) {
  const { model, actions } = useWorkspace();
  const selectId = useId();
  const mentions = model.spans.filter((s) => s.layer === "entity");
  const mention = span.claimantMentionId === null ? null : mentions.find((m) => m.id === model.writer.ids.current(span.claimantMentionId!));
  const entity = span.claimantEntityId === null ? null : model.lookups.entities.get(span.claimantEntityId);
  const picking = model.pickingClaimantFor === span.id;
  const current = mention ? `“${mention.quote}” in the text${entity ? ` (${entity.name})` : ""}` : entity?.name;

  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-xs font-medium text-slate-600">Claimant</legend>
      <div className="flex items-center gap-2 text-sm">
        <span dir="auto" className={current ? "font-medium text-slate-900" : "text-slate-500"}>
          {current ?? "None (the article itself)"}
        </span>
        {current && (
          <button type="button" className={`${smallButton} ml-auto`}
            onClick={() => actions.changeSpan(span, { claimantEntityId: null, claimantMentionId: null })}>
            Clear
          </button>
        )}
      </div>
      <EntityPicker
        projectId={model.project.id}
        label="Claimant from the catalog"
        onPick={(entityId) => actions.changeSpan(span, { claimantEntityId: entityId, claimantMentionId: null })}
      />
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={selectId} className="mb-1 block text-xs font-medium text-slate-600">Or link to a mention</label>
          <select
            id={selectId}
            value={mention?.id ?? ""}
            onChange={(event) => {
              const chosen = mentions.find((m) => m.id === Number(event.target.value));
              if (chosen) actions.changeSpan(span, { claimantMentionId: chosen.id, claimantEntityId: chosen.entityId });
            }}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{mentions.length ? "Choose a mention…" : "No entity mentions marked yet"}</option>
            {mentions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.quote} · {model.lookups.entityTypes.get(m.entityTypeId ?? -1)?.name ?? "entity"} · at {m.start}
              </option>
            ))}
          </select>
        </div>
        <button type="button" aria-pressed={picking} className={smallButton}
          onClick={() => model.setPickingClaimantFor(picking ? null : span.id)}>
          {picking ? "Cancel" : "Pick in text"}
        </button>
      </div>
    </fieldset>
  );
}
