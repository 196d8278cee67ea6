"use client";

import { useMemo } from "react";
import { PaintedArticle } from "./painted-article";
import { candidatePaintItems, focusPaintItems, goldPaintItems, reviewPaintStyles } from "./review-paint";
import type { CandidateView, DocumentReview } from "./review-types";

interface Props {
  document: DocumentReview["document"];
  candidates: readonly CandidateView[];
  gold: DocumentReview["gold"];
  focused: CandidateView | undefined;
  /** A click in the text, as a document offset (code points). */
  onPick: (offset: number) => void;
}

/** The article with candidates tinted by status, gold spans underlined and the focused candidate marked. */
export function ReviewText({ document, candidates, gold, focused, onPick }: Props) {
  const candidateItems = useMemo(() => candidatePaintItems(candidates), [candidates]);
  const goldItems = useMemo(() => goldPaintItems(gold), [gold]);
  const focusItems = useMemo(() => focusPaintItems(focused), [focused]);
  const groups = useMemo(() => [candidateItems, goldItems, focusItems], [candidateItems, goldItems, focusItems]);
  return <PaintedArticle document={document} groups={groups} styles={reviewPaintStyles} focused={focused} onPick={onPick} />;
}
