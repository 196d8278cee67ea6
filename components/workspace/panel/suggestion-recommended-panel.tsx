"use client";

import { useState } from "react";
import type { RecommendedSpan } from "@/lib/client/workspace/api-types";
import { recommenderNames } from "@/lib/domain/recommenders/recommender-keys";
import { describeSuggestion } from "../describe-target";
import { useWorkspace } from "../workspace-context";
import { MarkHeading, smallButton } from "./mark-heading";
import { SuggestionButtons } from "./suggestion-buttons";

const formatScore = (score: number) => score.toFixed(2);

/** A span one of the project's recommenders offers: why, how sure, and accept it (or all above a score) or reject it. */
export function RecommendedSuggestionPanel({ suggestion }: { suggestion: RecommendedSpan }) {
  const { model, actions } = useWorkspace();
  const described = describeSuggestion(suggestion, model.lookups);
  const [minScore, setMinScore] = useState(() => Math.floor(suggestion.score * 20) / 20);
  const above = model.suggestions.filter((s) => s.source === "recommender" && s.score >= minScore).length;
  return (
    <section aria-label="Selected suggestion" className="space-y-4">
      <MarkHeading kind={described.kind} color={described.color} quote={suggestion.quote} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">Why</dt>
        <dd className="font-medium text-slate-900">{suggestion.why}</dd>
        <dt className="text-slate-500">Recommender</dt>
        <dd className="text-slate-700">{recommenderNames[suggestion.recommender]}</dd>
        <dt className="text-slate-500">Score</dt>
        <dd className="text-slate-700 tabular-nums">{formatScore(suggestion.score)}</dd>
      </dl>
      <SuggestionButtons suggestion={suggestion} />
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          Accept all above score
          <input type="number" min={0} max={1} step={0.05} value={minScore}
            onChange={(event) => setMinScore(Math.min(1, Math.max(0, Number(event.target.value) || 0)))}
            className="w-20 rounded-md border border-slate-300 px-2 py-1 text-sm tabular-nums" />
        </label>
        <button type="button" className={smallButton} disabled={above === 0} onClick={() => actions.acceptAllRecommendedFrom(minScore)}>
          Accept {above} {above === 1 ? "suggestion" : "suggestions"} scoring {formatScore(minScore)} or more
        </button>
      </div>
    </section>
  );
}
