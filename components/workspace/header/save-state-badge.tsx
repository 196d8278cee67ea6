"use client";

import { type SaveState, useSaveState } from "@/lib/client/workspace/use-save-state";

const looks: Record<SaveState, { label: string; dot: string; text: string }> = {
  saved: { label: "Saved", dot: "bg-emerald-500", text: "text-slate-600" },
  saving: { label: "Saving…", dot: "bg-amber-400 animate-pulse", text: "text-slate-700" },
  retrying: { label: "Offline, retrying", dot: "bg-red-500 animate-pulse", text: "text-red-700" },
};

/** The save state, announced politely to screen readers as it changes. */
export function SaveStateBadge({ documentId }: { documentId: number }) {
  const { state, pending } = useSaveState(documentId);
  const look = looks[state];
  return (
    <p role="status" aria-live="polite" className={`flex items-center gap-1.5 whitespace-nowrap text-sm ${look.text}`}
      title={pending > 0 ? `${pending} change${pending === 1 ? "" : "s"} waiting to be saved` : "Every change is saved"}>
      <span aria-hidden className={`size-2 rounded-full ${look.dot}`} />
      {look.label}
    </p>
  );
}
