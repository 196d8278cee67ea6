"use client";

import { Kbd } from "@/components/workspace/keyboard/kbd";
import { describeSpan } from "./describe-span";
import { EditAcceptForm } from "./edit-accept-form";
import type { GoldEdits } from "./use-review-actions";
import { statusLooks } from "./review-paint";
import { annotatorLetter, type CandidateView, type DocumentReview, type SpanView } from "./review-types";

interface Props {
  review: DocumentReview;
  candidate: CandidateView;
  position: number;
  spansById: ReadonlyMap<number, SpanView>;
  canDecide: boolean;
  onAccept: (spanId: number, edits?: GoldEdits) => void;
  onReject: () => void;
  onUndo: () => void;
}

const button =
  "inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";

/** The focused candidate: each annotator's version side by side, with the decisions and their keys. */
export function CandidateDetail({ review, candidate, position, spansById, canDecide, onAccept, onReject, onUndo }: Props) {
  const look = statusLooks[candidate.status];
  const goldSources = new Set(
    candidate.decision.kind === "accepted"
      ? review.gold.filter((g) => candidate.decision.kind === "accepted" && candidate.decision.goldSpanIds.includes(g.id)).flatMap((g) => g.sourceAnnotationIds)
      : [],
  );
  const decisionText =
    candidate.decision.kind === "accepted" ? "Accepted" : candidate.decision.kind === "rejected" ? "Rejected" : "Pending";
  return (
    <section aria-label="Current candidate" className="border-b border-slate-200 bg-white p-4">
      <div className="mb-3 flex items-center gap-2 text-sm">
        <span className="text-slate-500">
          Candidate {position + 1} of {review.candidates.length}
        </span>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${look.badge}`}>{look.label}</span>
        <span role="status" aria-label="Decision" className="ml-auto font-medium text-slate-800">
          {decisionText}
        </span>
      </div>
      <div className="grid gap-2" style={{ gridTemplateColumns: `repeat(${Math.max(1, review.annotators.length)}, minmax(0, 1fr))` }}>
        {review.annotators.map((annotator, index) => {
          const letter = annotatorLetter(index);
          const spanIds = candidate.versions.flatMap((v) => v.holders.filter((h) => h.annotatorId === annotator.id).map((h) => h.spanId));
          const spans = spanIds.map((id) => spansById.get(id)).filter((s): s is SpanView => s !== undefined);
          const first = spans[0];
          const accepted = spans.some((s) => goldSources.has(s.id));
          return (
            <div
              key={annotator.id}
              className={`flex min-w-0 flex-col gap-1 rounded-md border p-2 text-sm ${accepted ? "border-slate-900 bg-slate-50" : "border-slate-200"}`}
            >
              <p className="truncate font-medium text-slate-900" title={annotator.email}>
                {letter} · {annotator.name}
              </p>
              {spans.length === 0 ? (
                <p className="text-slate-400">No span here</p>
              ) : (
                spans.map((span) => (
                  <div key={span.id} className="min-w-0">
                    <p className="break-words font-serif text-slate-900" dir="auto">
                      “{span.quote}”
                    </p>
                    <p className="text-xs text-slate-500">
                      [{span.start}, {span.end})
                    </p>
                    <ul className="text-xs text-slate-700">
                      {describeSpan(span, review.labels, spansById).map((line) => (
                        <li key={line} className="break-words">{line}</li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
              {first && (
                <button
                  type="button"
                  disabled={!canDecide || index >= 9}
                  onClick={() => onAccept(first.id)}
                  className={`${button} mt-auto self-start border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100`}
                >
                  Accept {letter} {index < 9 && <Kbd>{index + 1}</Kbd>}
                </button>
              )}
            </div>
          );
        })}
      </div>
      <div className="mt-3 flex gap-2">
        <button type="button" disabled={!canDecide} onClick={onReject} className={`${button} border-red-200 bg-red-50 text-red-800 hover:bg-red-100`}>
          Reject <Kbd>x</Kbd>
        </button>
        <button
          type="button"
          disabled={!canDecide || candidate.decision.kind === "pending"}
          onClick={onUndo}
          className={`${button} border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}
        >
          Undo <Kbd>u</Kbd>
        </button>
      </div>
      <EditAcceptForm key={candidate.key} review={review} candidate={candidate} spansById={spansById} canDecide={canDecide} onAccept={onAccept} />
    </section>
  );
}
