"use client";

import Link from "next/link";
import { useState } from "react";
import { Kbd } from "@/components/workspace/keyboard/kbd";
import type { ReviewActions } from "./use-review-actions";
import type { DocumentReview } from "./review-types";

const statusLooks = {
  not_started: { label: "Not started", className: "bg-slate-100 text-slate-700" },
  in_review: { label: "In review", className: "bg-amber-100 text-amber-900" },
  adjudicated: { label: "Adjudicated", className: "bg-emerald-100 text-emerald-800" },
} as const;

const button = "inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50";

interface Props {
  review: DocumentReview;
  actions: ReviewActions;
  notes: string;
  onNotes: (notes: string) => void;
}

/** Status, progress and the review's lifecycle: start, finish with notes, reopen. */
export function ReviewHeader({ review, actions, notes, onNotes }: Props) {
  const [notesOpen, setNotesOpen] = useState(false);
  const { status } = review.review;
  const look = statusLooks[status];
  const decided = review.candidates.filter((c) => c.decision.kind !== "pending").length;
  const { submitted, required } = review.readiness;
  const ready = submitted >= required;
  return (
    <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
      <Link href={`/projects/${review.document.projectId}/documents`} className="text-sm text-slate-500 hover:text-slate-800">
        ← Documents
      </Link>
      <h2 className="text-base font-semibold text-slate-900">Review</h2>
      <p className="text-sm text-slate-600">
        Status: <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${look.className}`}>{look.label}</span>
      </p>
      <p className="text-sm text-slate-500">
        {decided} of {review.candidates.length} decided · {submitted} of {required} submitted
      </p>
      <div className="ml-auto flex items-center gap-2">
        {status === "not_started" && (
          <>
            {!ready && <span className="text-sm text-amber-800">Fewer annotators than the project asks for have submitted.</span>}
            <button
              type="button"
              disabled={actions.busy || submitted === 0}
              onClick={() => actions.lifecycle.mutate({ action: "start", force: !ready })}
              className={`${button} bg-indigo-600 text-white hover:bg-indigo-500`}
            >
              {ready ? "Start review" : "Start review anyway"}
            </button>
          </>
        )}
        {status === "in_review" && (
          <>
            <button type="button" onClick={() => setNotesOpen((open) => !open)} className={`${button} text-slate-700 hover:bg-slate-100`}>
              Notes
            </button>
            <button
              type="button"
              disabled={actions.busy}
              onClick={() => actions.lifecycle.mutate({ action: "finish", notes })}
              className={`${button} bg-emerald-600 text-white hover:bg-emerald-500`}
            >
              Finish review <Kbd>Enter</Kbd>
            </button>
          </>
        )}
        {status === "adjudicated" && (
          <button
            type="button"
            disabled={actions.busy}
            onClick={() => actions.lifecycle.mutate({ action: "reopen" })}
            className={`${button} border border-slate-300 text-slate-700 hover:bg-slate-50`}
          >
            Reopen review
          </button>
        )}
      </div>
      {((notesOpen && status === "in_review") || (status === "adjudicated" && review.review.notes !== "")) && (
        <label className="flex w-full flex-col gap-1 text-sm text-slate-700">
          Reviewer notes
          <textarea
            value={status === "adjudicated" ? review.review.notes : notes}
            readOnly={status === "adjudicated"}
            onChange={(event) => onNotes(event.target.value)}
            rows={2}
            maxLength={10_000}
            className="rounded-md border border-slate-300 px-2 py-1 font-sans"
          />
        </label>
      )}
    </header>
  );
}
