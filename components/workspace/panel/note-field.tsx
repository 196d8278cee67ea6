"use client";

import { useId, useState } from "react";

/** A free-text note, saved when the field is left (one undo step per edit, not per keystroke). */
export function NoteField({ value, onSave }: { value: string; onSave: (note: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // Follow changes made elsewhere (undo, a conflict resolution) while not editing.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">Note</label>
      <textarea
        id={id}
        value={draft}
        rows={2}
        maxLength={2000}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== value && onSave(draft)}
        placeholder="Why this stance, doubts, context…"
        className="w-full resize-y rounded-md border border-slate-300 px-2.5 py-1.5 text-sm placeholder:text-slate-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
      />
    </div>
  );
}
