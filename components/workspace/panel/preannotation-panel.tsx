"use client";

import type { Preannotation } from "@/lib/client/workspace/api-types";
import { quoteOf } from "@/lib/client/workspace/text-layout";
import { describePrediction, describeSuggestion } from "../describe-target";
import { useWorkspace } from "../workspace-context";
import { MarkHeading, smallButton } from "./mark-heading";
import { acceptAllPreannotationsLabel, countPendingSuggestions } from "./pending-suggestions";
import { SuggestionButtons } from "./suggestion-buttons";

/** An imported pre-annotation or a model server's prediction; accepting it adds a span with its labels to the annotator's own set. */
export function PreannotationPanel({ preannotation }: { preannotation: Preannotation }) {
  const { model, actions } = useWorkspace();
  const { lookups } = model;
  const described = describeSuggestion(preannotation, lookups);
  const acceptAll = acceptAllPreannotationsLabel(countPendingSuggestions(model.suggestions));
  const entityName = (id: number | null) => (id === null ? null : (lookups.entities.get(id)?.name ?? `entity ${id}`));
  const { claimantMention } = preannotation;
  const claimant =
    entityName(preannotation.claimantEntityId) ??
    (claimantMention && `“${quoteOf(model.layout, claimantMention.start, claimantMention.end)}” in the text`);
  const fields: [string, string | null][] =
    preannotation.layer === "entity"
      ? [["Entity", entityName(preannotation.entityId)]]
      : [
          ["Claim", preannotation.claimId === null ? null : (lookups.claims.get(preannotation.claimId)?.statement ?? `claim ${preannotation.claimId}`)],
          ["Stance", preannotation.stance === null ? null : (lookups.stances.get(preannotation.stance)?.name ?? preannotation.stance)],
          ["Claimant", claimant],
        ];
  if (preannotation.note) fields.push(["Note", preannotation.note]);
  return (
    <section aria-label="Selected suggestion" className="space-y-4">
      <MarkHeading kind={described.kind} color={described.color} quote={preannotation.quote} />
      <p className="text-sm text-slate-700">
        {preannotation.prediction
          ? `Predicted by the project's model server (${describePrediction(preannotation.prediction)})`
          : "From the project's imported pre-annotations"}
        : accept it into your annotations as it is, or reject it.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {fields.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd dir="auto" className={value === null ? "text-slate-400" : "text-slate-900"}>{value ?? "none"}</dd>
          </div>
        ))}
      </dl>
      <SuggestionButtons suggestion={preannotation} />
      {acceptAll && (
        <button type="button" className={smallButton} onClick={() => actions.acceptAllImported()}>
          {acceptAll}
        </button>
      )}
    </section>
  );
}
