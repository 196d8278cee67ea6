"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { type CandidateView, type DocumentReview, type GoldSpanView, reviewKey } from "./review-types";

type Updater = (review: DocumentReview) => DocumentReview;
export type GoldEdits = { entityTypeId?: number } | { stance?: string };

function withDecision(review: DocumentReview, key: string, decide: (c: CandidateView) => CandidateView["decision"]): DocumentReview {
  return { ...review, candidates: review.candidates.map((c) => (c.key === key ? { ...c, decision: decide(c) } : c)) };
}

/**
 * The reviewer's decisions. Each answer is applied to the cached review in place, so that a
 * decision on a long document does not fetch the whole review again.
 */
export function useReviewActions(documentId: number) {
  const queryClient = useQueryClient();
  const base = `/api/documents/${documentId}`;
  const [error, setError] = useState<string | null>(null);
  const update = (updater: Updater) =>
    queryClient.setQueryData<DocumentReview>(reviewKey(documentId), (old) => (old ? updater(old) : old));
  const removeGold = async (ids: number[]) => {
    for (const id of ids) await apiFetch<void>(`${base}/gold/${id}`, { method: "DELETE" });
    const gone = new Set(ids);
    update((review) => ({
      ...review,
      gold: review.gold.filter((g) => !gone.has(g.id)),
      candidates: review.candidates.map((c) => {
        if (c.decision.kind !== "accepted") return c;
        const left = c.decision.goldSpanIds.filter((id) => !gone.has(id));
        if (left.length === c.decision.goldSpanIds.length) return c;
        return { ...c, decision: left.length > 0 ? { kind: "accepted", goldSpanIds: left } : { kind: "pending" } };
      }),
    }));
  };
  const withdraw = async (candidate: CandidateView) => {
    const query = new URLSearchParams({ candidateKey: candidate.key });
    await apiFetch(`${base}/gold/rejections?${query}`, { method: "DELETE" });
    update((review) => withDecision(review, candidate.key, () => ({ kind: "pending" })));
  };
  /** Clears whatever was decided, so that a new decision replaces it. */
  const clear = async (candidate: CandidateView) => {
    if (candidate.decision.kind === "accepted") await removeGold(candidate.decision.goldSpanIds);
    if (candidate.decision.kind === "rejected") await withdraw(candidate);
  };

  const useAction = <A,>(fn: (args: A) => Promise<unknown>) =>
    useMutation({ mutationFn: fn, onMutate: () => setError(null), onError: (e) => setError(e.message) });

  /** Accepts an annotator's version, as it is or with `edits` (entity type, stance, …). */
  const accept = useAction(async ({ candidate, spanId, edits }: { candidate: CandidateView; spanId: number; edits?: GoldEdits }) => {
    await clear(candidate);
    const gold = await apiFetch<GoldSpanView>(`${base}/gold`, { method: "POST", json: { ...edits, fromAnnotationId: spanId } });
    update((review) => ({
      ...withDecision(review, candidate.key, () => ({ kind: "accepted", goldSpanIds: [gold.id] })),
      gold: [...review.gold, gold].sort((a, b) => a.start - b.start || a.end - b.end),
    }));
  });
  const reject = useAction(async (candidate: CandidateView) => {
    await clear(candidate);
    await apiFetch(`${base}/gold/rejections`, { method: "POST", json: { candidateKey: candidate.key } });
    update((review) => withDecision(review, candidate.key, () => ({ kind: "rejected" })));
  });
  const undo = useAction((candidate: CandidateView) => clear(candidate));
  const lifecycle = useAction(async (body: { action: "start"; force?: boolean } | { action: "finish"; notes?: string } | { action: "reopen" }) => {
    const review = await apiFetch<DocumentReview>(`${base}/review`, { method: "POST", json: body });
    queryClient.setQueryData(reviewKey(documentId), review);
  });

  const busy = accept.isPending || reject.isPending || undo.isPending || lifecycle.isPending;
  return { accept, reject, undo, lifecycle, busy, error, clearError: () => setError(null) };
}

export type ReviewActions = ReturnType<typeof useReviewActions>;
