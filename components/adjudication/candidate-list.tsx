"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { statusLooks } from "./review-paint";
import { annotatorLetter, type CandidateView, type DocumentReview, type SpanView } from "./review-types";

interface Props {
  review: DocumentReview;
  spansById: ReadonlyMap<number, SpanView>;
  focusedIndex: number;
  onFocus: (index: number) => void;
}

const rowHeight = 52;
const overscan = 8;

const decisionLooks = {
  accepted: "text-emerald-700",
  rejected: "text-red-700 line-through",
  pending: "text-slate-500",
} as const;

/** One line per annotator letter: what each of them has here, shortest first. */
function summary(candidate: CandidateView, review: DocumentReview, spansById: ReadonlyMap<number, SpanView>): string {
  const quote = spansById.get(candidate.versions[0]?.spanId ?? -1)?.quote ?? "";
  const who = review.annotators
    .map((a, index) => (candidate.annotatorIds.includes(a.id) ? annotatorLetter(index) : null))
    .filter(Boolean)
    .join("");
  return `${quote.length > 60 ? `${quote.slice(0, 57)}…` : quote} · ${who}`;
}

/**
 * Every candidate, in text order. Only the rows in view are rendered (fixed row height), so a
 * document with thousands of candidates stays quick to draw and to move through.
 */
export function CandidateList({ review, spansById, focusedIndex, onFocus }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const count = review.candidates.length;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const top = focusedIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
  }, [focusedIndex]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows = review.candidates.slice(first, last);

  return (
    <div
      ref={scroller}
      data-review-nav
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      className="min-h-0 flex-1 overflow-y-auto bg-slate-50"
    >
      {count === 0 ? (
        <p className="p-4 text-sm text-slate-500">No submitted spans to adjudicate.</p>
      ) : (
        <ol aria-label="Candidates" className="relative" style={{ height: count * rowHeight }}>
          {rows.map((candidate, offset) => {
            const index = first + offset;
            const look = statusLooks[candidate.status];
            const focused = index === focusedIndex;
            return (
              <li key={candidate.key} className="absolute inset-x-0" style={{ top: index * rowHeight, height: rowHeight }}>
                <button
                  type="button"
                  aria-current={focused ? "true" : undefined}
                  onClick={() => onFocus(index)}
                  className={`flex h-full w-full items-center gap-2 border-b border-slate-200 px-3 text-left text-sm ${
                    focused ? "bg-indigo-50 ring-2 ring-inset ring-indigo-400" : "hover:bg-white"
                  }`}
                >
                  <span aria-hidden className="h-3 w-3 shrink-0 rounded-full" style={{ background: look.color }} />
                  <span className="w-16 shrink-0 text-xs font-medium text-slate-700">{look.label}</span>
                  <span className="min-w-0 flex-1 truncate font-serif text-slate-900" dir="auto">
                    {summary(candidate, review, spansById)}
                  </span>
                  <span className={`shrink-0 text-xs ${decisionLooks[candidate.decision.kind]}`}>
                    {candidate.decision.kind === "accepted" ? "Accepted" : candidate.decision.kind === "rejected" ? "Rejected" : "Pending"}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
