"use client";

import { memo, useSyncExternalStore } from "react";
import { Kbd } from "../keyboard/kbd";
import { useWorkspace } from "../workspace-context";
import { ClaimPanel } from "./claim-panel";
import { DocumentStance } from "./document-stance";
import { EntityPanel } from "./entity-panel";
import { smallButton } from "./mark-heading";
import { SpanList } from "./span-list";
import { acceptAllPreannotationsLabel, countPendingSuggestions, describePendingSuggestions } from "./pending-suggestions";
import { PreannotationPanel } from "./preannotation-panel";
import { RecommendedSuggestionPanel } from "./suggestion-recommended-panel";
import { SuggestionPanel } from "./suggestion-panel";

/**
 * The right-hand panel: the selected mark's details, the document stance, and every mark. It
 * renders from the workspace's context only, which follows each change once it is painted.
 */
export const SidePanel = memo(function SidePanel() {
  const { model } = useWorkspace();
  const { selectedSpan, selectedSuggestion, writer } = model;
  const issues = useSyncExternalStore(writer.issues.subscribe, writer.issues.getState, writer.issues.getState);
  return (
    <aside id="mark-panel" aria-label="Selected mark and document stance"
      className="flex w-[23rem] shrink-0 flex-col gap-6 overflow-y-auto border-l border-slate-200 bg-slate-50/70 p-5 [contain:strict]">
      {issues.failures.map((failure) => (
        <div key={failure.id} role="alert" className="flex gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="flex-1">{failure.message}</p>
          <button type="button" onClick={() => writer.issues.dismissFailure(failure.id)} className="self-start text-xs font-medium underline">
            Dismiss
          </button>
        </div>
      ))}
      <fieldset disabled={model.readOnly} className="contents">
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {selectedSpan?.layer === "claim" ? (
          <ClaimPanel key={writer.ids.scopeOf(selectedSpan.id)} span={selectedSpan} />
        ) : selectedSpan ? (
          <EntityPanel key={writer.ids.scopeOf(selectedSpan.id)} span={selectedSpan} />
        ) : selectedSuggestion?.source === "preannotation" ? (
          <PreannotationPanel preannotation={selectedSuggestion} />
        ) : selectedSuggestion?.source === "recommender" ? (
          <RecommendedSuggestionPanel suggestion={selectedSuggestion} />
        ) : selectedSuggestion ? (
          <SuggestionPanel suggestion={selectedSuggestion} />
        ) : (
          <NothingSelected />
        )}
      </div>
      <DocumentStance />
      </fieldset>
      <SpanList />
    </aside>
  );
});

function NothingSelected() {
  const { model, actions } = useWorkspace();
  const counts = countPendingSuggestions(model.suggestions);
  const pending = describePendingSuggestions(counts);
  const acceptAll = acceptAllPreannotationsLabel(counts);
  return (
    <div className="space-y-2 text-sm text-slate-600">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Nothing selected</h2>
      <p>Select words in the text and press a label key, or click a mark to edit it.</p>
      {pending && (
        <p>
          <span className="font-medium text-slate-800">{pending.subject}</span> {pending.verb} a decision (dashed underline); Tab reaches{" "}
          {pending.verb === "awaits" ? "it" : "them"}, <Kbd>y</Kbd> accepts, <Kbd>x</Kbd> rejects.
        </p>
      )}
      {acceptAll && (
        <button type="button" className={smallButton} onClick={() => actions.acceptAllImported()}>
          {acceptAll}
        </button>
      )}
    </div>
  );
}
