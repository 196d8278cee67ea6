"use client";

import type { AliasSuggestion } from "@/lib/client/workspace/api-types";
import { useWorkspace } from "../workspace-context";
import { MarkHeading, smallButton } from "./mark-heading";
import { SuggestionButtons } from "./suggestion-buttons";

/** A mention the entity catalog's aliases found; accept it as an entity span or reject it. */
export function SuggestionPanel({ suggestion }: { suggestion: AliasSuggestion }) {
  const { model, actions } = useWorkspace();
  const entity = model.lookups.entities.get(suggestion.entityId);
  const type = model.lookups.entityTypes.get(suggestion.entityTypeId ?? -1);
  const sameEntity = model.suggestions.filter((s) => s.source === "alias" && s.entityId === suggestion.entityId).length;
  return (
    <section aria-label="Selected suggestion" className="space-y-4">
      <MarkHeading kind="Suggested mention" color="#64748b" quote={suggestion.quote} />
      <p className="text-sm text-slate-700">
        Matches the alias <span dir="auto" className="font-medium">“{suggestion.alias}”</span> of{" "}
        <span className="font-medium text-slate-900">{entity?.name ?? "a catalog entity"}</span>
        {type && <> ({type.name})</>}.
      </p>
      <SuggestionButtons suggestion={suggestion} />
      {sameEntity > 1 && (
        <button type="button" className={smallButton} onClick={() => actions.acceptAllOf(suggestion.entityId)}>
          Accept all {sameEntity} mentions of {entity?.name ?? "this entity"}
        </button>
      )}
    </section>
  );
}
