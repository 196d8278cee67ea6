"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { PaintedArticle } from "@/components/adjudication/painted-article";
import { FeedbackLegend } from "./feedback-legend";
import { FeedbackList } from "./feedback-list";
import { feedbackPaintStyles, focusPaintItems, itemSpans, outcomeLooks, outcomePaintItems, setPaintItems } from "./feedback-paint";
import type { AnnotatorFeedback, FeedbackItemView, FeedbackSpan } from "./feedback-types";

/**
 * An annotator's feedback on an adjudicated document: the article with the gold spans and her own,
 * and, beside it, what she matched, marked differently, missed or added.
 */
export function FeedbackView({ feedback }: { feedback: AnnotatorFeedback }) {
  const { document, review, counts } = feedback;
  const [showMatched, setShowMatched] = useState(false);
  const [focused, setFocused] = useState<FeedbackItemView | undefined>(undefined);
  const spansById = useMemo(() => new Map<number, FeedbackSpan>([...feedback.gold, ...feedback.own].map((s) => [s.id, s])), [feedback]);
  const items = useMemo(() => feedback.items.filter((item) => showMatched || item.kind !== "matched"), [feedback, showMatched]);
  const focusedSpans = useMemo(() => (focused ? itemSpans(focused, spansById) : []), [focused, spansById]);
  const outcomeItems = useMemo(() => outcomePaintItems(feedback.items, spansById), [feedback, spansById]);
  const setItems = useMemo(() => setPaintItems(feedback.gold, feedback.own), [feedback]);
  const groups = useMemo(() => [outcomeItems, setItems, focusPaintItems(focusedSpans)], [outcomeItems, setItems, focusedSpans]);
  const focusedExtent = focusedSpans.length
    ? { start: Math.min(...focusedSpans.map((s) => s.start)), end: Math.max(...focusedSpans.map((s) => s.end)) }
    : undefined;

  const pick = (offset: number) => {
    const item = feedback.items.find((i) => itemSpans(i, spansById).some((s) => s.start <= offset && offset < s.end));
    if (!item) return;
    if (item.kind === "matched") setShowMatched(true);
    setFocused(item);
  };

  return (
    <div data-ready="true" className="flex h-[calc(100dvh-3.5rem-1px)] flex-col bg-slate-50">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-2">
        <Link href={`/projects/${document.projectId}/queue`} className="text-sm text-slate-500 hover:text-slate-800">
          ← My documents
        </Link>
        <h2 className="text-base font-semibold text-slate-900">Feedback: your work and the gold set</h2>
        <p aria-label="Summary" className="flex flex-wrap gap-2 text-sm">
          {(Object.keys(outcomeLooks) as (keyof typeof outcomeLooks)[]).map((kind) => (
            <span key={kind} className={`rounded-full px-2 py-0.5 text-xs font-medium ${outcomeLooks[kind].badge}`}>
              {counts[kind]} {outcomeLooks[kind].label.toLowerCase()}
            </span>
          ))}
        </p>
        <p className="ml-auto text-sm text-slate-500">
          Adjudicated{review.reviewer ? ` by ${review.reviewer.name}` : ""} on {new Date(review.adjudicatedAt).toLocaleDateString("en")}
        </p>
      </header>
      {review.notes && (
        <section aria-label="Reviewer's notes" className="border-b border-slate-200 bg-amber-50 px-4 py-2 text-sm text-slate-800">
          <span className="font-medium">Reviewer&apos;s notes:</span> <span className="whitespace-pre-wrap">{review.notes}</span>
        </section>
      )}
      <div className="flex min-h-0 flex-1">
        <section aria-label="Article" className="flex min-w-0 flex-1 flex-col">
          <PaintedArticle document={document} groups={groups} styles={feedbackPaintStyles} focused={focusedExtent} onPick={pick} />
        </section>
        <aside aria-label="Comparison" className="flex w-[30rem] min-w-0 flex-col border-l border-slate-200">
          <div className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
            <h3 className="text-sm font-semibold text-slate-900">Differences</h3>
            <label className="ml-auto inline-flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={showMatched} onChange={(event) => setShowMatched(event.target.checked)} />
              Show matched spans ({counts.matched})
            </label>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <FeedbackList feedback={feedback} items={items} spansById={spansById} focused={focused} onFocus={setFocused} />
          </div>
        </aside>
      </div>
      <FeedbackLegend />
    </div>
  );
}
