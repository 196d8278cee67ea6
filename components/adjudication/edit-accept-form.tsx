"use client";

import { useState } from "react";
import type { GoldEdits } from "./use-review-actions";
import { annotatorLetter, type CandidateView, type DocumentReview, type SpanView } from "./review-types";

interface Props {
  review: DocumentReview;
  candidate: CandidateView;
  spansById: ReadonlyMap<number, SpanView>;
  canDecide: boolean;
  onAccept: (spanId: number, edits: GoldEdits) => void;
}

const field = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

/** Accept one annotator's version with another entity type or stance; the server checks the result. */
export function EditAcceptForm({ review, candidate, spansById, canDecide, onAccept }: Props) {
  const options = review.annotators.flatMap((annotator, index) => {
    const holder = candidate.versions.flatMap((v) => v.holders).find((h) => h.annotatorId === annotator.id);
    const span = holder && spansById.get(holder.spanId);
    return span ? [{ letter: annotatorLetter(index), span }] : [];
  });
  const [spanId, setSpanId] = useState(options[0]?.span.id ?? 0);
  const base = options.find((o) => o.span.id === spanId)?.span ?? options[0]?.span;
  const isEntity = candidate.layer === "entity";
  const [value, setValue] = useState(String((isEntity ? base?.entityTypeId : base?.stance) ?? ""));
  if (!base) return null;
  const labels = isEntity
    ? review.labels.entityTypes.map((t) => ({ value: String(t.id), name: t.name }))
    : review.labels.stanceLabels.map((s) => ({ value: s.key, name: s.name }));
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-slate-700">Accept with edits</summary>
      <form
        className="mt-2 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onAccept(base.id, isEntity ? { entityTypeId: Number(value) } : { stance: value });
        }}
      >
        <label className="flex flex-col gap-0.5 text-xs text-slate-600">
          Start from
          <select className={field} value={base.id} onChange={(event) => setSpanId(Number(event.target.value))}>
            {options.map((o) => (
              <option key={o.span.id} value={o.span.id}>
                {o.letter}: “{o.span.quote.length > 30 ? `${o.span.quote.slice(0, 29)}…` : o.span.quote}”
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-0.5 text-xs text-slate-600">
          {isEntity ? "Entity type" : "Stance"}
          <select className={field} value={value} onChange={(event) => setValue(event.target.value)}>
            {labels.map((label) => (
              <option key={label.value} value={label.value}>
                {label.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={!canDecide || value === ""}
          className="rounded-md border border-emerald-300 bg-emerald-50 px-2.5 py-1 font-medium text-emerald-900 hover:bg-emerald-100 disabled:opacity-50"
        >
          Accept edited
        </button>
      </form>
    </details>
  );
}
