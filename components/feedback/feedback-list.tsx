"use client";

import { outcomeLooks } from "./feedback-paint";
import { FeedbackItemText } from "./feedback-item-text";
import type { AnnotatorFeedback, FeedbackItemView, FeedbackSpan } from "./feedback-types";

interface Props {
  feedback: AnnotatorFeedback;
  items: readonly FeedbackItemView[];
  spansById: ReadonlyMap<number, FeedbackSpan>;
  focused: FeedbackItemView | undefined;
  onFocus: (item: FeedbackItemView) => void;
}

/** The compared spans in text order, each with its outcome; a click shows it in the text. */
export function FeedbackList({ feedback, items, spansById, focused, onFocus }: Props) {
  if (items.length === 0) {
    return <p className="p-4 text-sm text-slate-600">Nothing to show: your spans are the gold spans.</p>;
  }
  return (
    <ol aria-label="Differences from the gold set" className="divide-y divide-slate-200">
      {items.map((item) => {
        const look = outcomeLooks[item.kind];
        const current = item === focused;
        return (
          <li key={`${item.goldSpanId}-${item.ownSpanId}`}>
            <button
              type="button"
              aria-current={current ? "true" : undefined}
              onClick={() => onFocus(item)}
              className={`flex w-full items-start gap-3 px-4 py-3 text-left text-sm ${current ? "bg-indigo-50 ring-2 ring-inset ring-indigo-400" : "hover:bg-white"}`}
            >
              <span className={`mt-0.5 w-20 shrink-0 rounded-full px-2 py-0.5 text-center text-xs font-medium ${look.badge}`}>{look.label}</span>
              <FeedbackItemText item={item} feedback={feedback} spansById={spansById} />
            </button>
          </li>
        );
      })}
    </ol>
  );
}
