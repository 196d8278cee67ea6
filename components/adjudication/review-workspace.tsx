"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { CandidateDetail } from "./candidate-detail";
import { CandidateList } from "./candidate-list";
import { ReviewHeader } from "./review-header";
import { ReviewLegend } from "./review-legend";
import { ReviewText } from "./review-text";
import { type DocumentReview, reviewKey, type SpanView } from "./review-types";
import { type GoldEdits, useReviewActions } from "./use-review-actions";
import { useReviewHotkeys } from "./use-review-hotkeys";

/**
 * The reviewer's screen: the text with every candidate painted, the focused candidate, the list.
 * `initialCandidateKey` is focused first (a link to one span); otherwise the first candidate.
 */
export function ReviewWorkspace({ documentId, initialCandidateKey = null }: { documentId: number; initialCandidateKey?: string | null }) {
  const query = useQuery({
    queryKey: reviewKey(documentId),
    queryFn: () => apiFetch<DocumentReview>(`/api/documents/${documentId}/review`),
    staleTime: Infinity,
  });
  const review = query.data;
  const actions = useReviewActions(documentId);
  const [focusedKey, setFocusedKey] = useState<string | null>(initialCandidateKey);
  const [notes, setNotes] = useState<string | null>(null);
  const spansById = useMemo(() => new Map<number, SpanView>(review?.spans.map((s) => [s.id, s]) ?? []), [review?.spans]);
  const candidates = review?.candidates ?? [];
  const foundIndex = candidates.findIndex((c) => c.key === focusedKey);
  const focusedIndex = foundIndex === -1 ? 0 : foundIndex;
  const focused = candidates[focusedIndex];
  const canDecide = review?.review.status === "in_review" && !actions.busy;
  // Ready once hydrated with the review drawn: the candidates are listed, painted and take keys.
  // Set on the element, not through state, so that a large review is not rendered twice for it.
  const rootRef = useRef<HTMLDivElement>(null);
  const hasReview = review !== undefined;
  useEffect(() => {
    if (hasReview) rootRef.current?.setAttribute("data-ready", "true");
  }, [hasReview]);

  const focusIndex = (index: number) => {
    const candidate = candidates[Math.min(Math.max(index, 0), candidates.length - 1)];
    if (candidate) setFocusedKey(candidate.key);
  };
  /** After a decision, on to the next candidate still pending (if there is one after this). */
  const advance = () => {
    const next = candidates.findIndex((c, index) => index > focusedIndex && c.decision.kind === "pending");
    if (next !== -1) focusIndex(next);
  };
  const accept = (spanId: number, edits?: GoldEdits) => {
    if (focused && canDecide) actions.accept.mutate({ candidate: focused, spanId, edits }, { onSuccess: advance });
  };
  const reject = () => {
    if (focused && canDecide && focused.decision.kind !== "rejected") actions.reject.mutate(focused, { onSuccess: advance });
  };
  const undo = () => {
    if (focused && canDecide && focused.decision.kind !== "pending") actions.undo.mutate(focused);
  };
  const finish = () => {
    if (review?.review.status === "in_review" && !actions.busy) actions.lifecycle.mutate({ action: "finish", notes: notes ?? review.review.notes });
  };

  useReviewHotkeys({
    move: (step) => focusIndex(focusedIndex + step),
    accept: (annotatorIndex) => {
      const annotator = review?.annotators[annotatorIndex];
      const holder = focused?.versions.flatMap((v) => v.holders).find((h) => h.annotatorId === annotator?.id);
      if (holder) accept(holder.spanId);
    },
    reject,
    undo,
    finish,
  });

  if (!review) {
    return (
      <p role={query.error ? "alert" : "status"} className="m-8 text-slate-700">
        {query.error ? `The review could not be loaded: ${query.error.message}` : "Loading the review…"}
      </p>
    );
  }
  return (
    <div ref={rootRef} className="flex h-[calc(100dvh-3.5rem-1px)] flex-col bg-slate-50">
      <ReviewHeader review={review} actions={actions} notes={notes ?? review.review.notes} onNotes={setNotes} />
      {actions.error && (
        <p role="alert" className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">
          {actions.error}{" "}
          <button type="button" className="font-medium underline" onClick={actions.clearError}>
            Dismiss
          </button>
        </p>
      )}
      {review.review.status === "not_started" && (
        <p role="status" className="border-b border-slate-200 bg-slate-100 px-4 py-2 text-sm text-slate-700">
          You are looking at the submitted work; start the review to record decisions.
        </p>
      )}
      <div className="flex min-h-0 flex-1">
        <section aria-label="Article" data-review-nav className="flex min-w-0 flex-1 flex-col">
          <ReviewText
            document={review.document}
            candidates={review.candidates}
            gold={review.gold}
            focused={focused}
            onPick={(offset) => {
              const index = candidates.findIndex((c) => c.start <= offset && offset < c.end);
              if (index !== -1) focusIndex(index);
            }}
          />
        </section>
        <aside aria-label="Candidates panel" className="flex w-[32rem] min-w-0 flex-col border-l border-slate-200">
          {focused && (
            <CandidateDetail
              review={review}
              candidate={focused}
              position={focusedIndex}
              spansById={spansById}
              canDecide={canDecide}
              onAccept={accept}
              onReject={reject}
              onUndo={undo}
            />
          )}
          <CandidateList review={review} spansById={spansById} focusedIndex={focusedIndex} onFocus={focusIndex} />
        </aside>
      </div>
      <ReviewLegend />
    </div>
  );
}
