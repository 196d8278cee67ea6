"use client";

import { useState } from "react";

/**
 * A destructive button that asks first, in place: the first click shows the question and
 * a confirming button, which is easier to use (and to test) than a browser dialog.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  pending = false,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}
        className="rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700 hover:border-red-300 hover:bg-red-50 hover:text-red-700">
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">{question}</span>
      <button type="button" disabled={pending} onClick={() => { onConfirm(); setAsking(false); }}
        className="rounded-md bg-red-600 px-2.5 py-1 font-medium text-white hover:bg-red-700 disabled:opacity-60">
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)} className="rounded-md px-2 py-1 text-slate-600 hover:text-slate-900">
        Cancel
      </button>
    </span>
  );
}
