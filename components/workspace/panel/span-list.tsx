"use client";

import { useState } from "react";
import { sameTarget } from "@/lib/client/workspace/targets";
import { describeSpan } from "../describe-target";
import { useWorkspace } from "../workspace-context";

const pageSize = 100;

/**
 * Every mark as a button, for assistive technology and for finding a mark again. Rendered only
 * while open, so that a document with thousands of spans opens fast.
 */
export function SpanList() {
  const { model } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(pageSize);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className="group">
      <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-slate-500 hover:text-slate-800">
        All marks ({model.spans.length})
      </summary>
      {open && (
        <ul className="mt-2 space-y-0.5">
          {model.spans.slice(0, shown).map((span) => {
            const description = describeSpan(span, model.lookups);
            const selected = sameTarget(model.selection, { kind: "span", id: span.id });
            return (
              <li key={span.id}>
                <button type="button" aria-current={selected ? "true" : undefined}
                  onClick={() => model.setSelection({ kind: "span", id: span.id })}
                  className={`flex w-full items-baseline gap-2 rounded px-2 py-1 text-left text-sm hover:bg-slate-100 ${selected ? "bg-indigo-50" : ""}`}>
                  <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ backgroundColor: description.color }} />
                  <span dir="auto" className="min-w-0 flex-1 truncate text-slate-900">{span.quote}</span>
                  <span className="shrink-0 text-xs text-slate-500">{description.kind}</span>
                </button>
              </li>
            );
          })}
          {model.spans.length > shown && (
            <li>
              <button type="button" className="px-2 py-1 text-sm text-indigo-700 hover:underline" onClick={() => setShown((n) => n + pageSize)}>
                Show more
              </button>
            </li>
          )}
        </ul>
      )}
    </details>
  );
}
