"use client";

import type { Suggestion } from "@/lib/client/workspace/api-types";
import { Kbd } from "../keyboard/kbd";
import { useWorkspace } from "../workspace-context";
import { MarkHeading, smallButton } from "./mark-heading";

/** A mention the entity catalog's aliases found; accept it as an entity span or reject it. */
export function SuggestionPanel({ suggestion }: { suggestion: Suggestion }) {
  const { model, actions } = useWorkspace();
  const entity = model.lookups.entities.get(suggestion.entityId);
  const type = model.lookups.entityTypes.get(suggestion.entityTypeId ?? -1);
  const sameEntity = model.suggestions.filter((s) => s.entityId === suggestion.entityId).length;
  return (
    <section aria-label="Selected suggestion" className="space-y-4">
      <MarkHeading kind="Suggested mention" color="#64748b" quote={suggestion.quote} />
      <p className="text-sm text-slate-700">
        Matches the alias <span dir="auto" className="font-medium">“{suggestion.alias}”</span> of{" "}
        <span className="font-medium text-slate-900">{entity?.name ?? "a catalog entity"}</span>
        {type && <> ({type.name})</>}.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" data-autofocus="" onClick={() => actions.acceptSuggestion(suggestion)}
          className="flex items-center gap-2 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
          Accept <kbd className="rounded bg-indigo-500/60 px-1 text-[0.6875rem]">y</kbd>
        </button>
        <button type="button" onClick={() => actions.rejectSuggestion(suggestion)}
          className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
          Reject <Kbd>x</Kbd>
        </button>
      </div>
      {sameEntity > 1 && (
        <button type="button" className={smallButton} onClick={() => actions.acceptAllOf(suggestion.entityId)}>
          Accept all {sameEntity} mentions of {entity?.name ?? "this entity"}
        </button>
      )}
    </section>
  );
}
