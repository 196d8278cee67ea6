"use client";

import Link from "next/link";
import { memo, useSyncExternalStore } from "react";
import { useQueue } from "@/lib/client/workspace/use-workspace-queries";
import { Kbd } from "../keyboard/kbd";
import type { SubmitControl } from "../use-submit";
import type { WorkspaceModel } from "../use-workspace-model";
import { SaveStateBadge } from "./save-state-badge";

const quietButton =
  "rounded-md px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

/** Project › document, save state, progress, history and Submit, in one compact bar. */
export const WorkspaceHeader = memo(function WorkspaceHeader({ model, submit, onGuidelines }: { model: WorkspaceModel; submit: SubmitControl; onGuidelines: () => void }) {
  const { project, document, history } = model;
  const undo = useSyncExternalStore(history.subscribe, history.getState, history.getState);
  const queue = useQueue(project.id);
  const progress = queue.data?.progress;
  const busy = submit.phase !== "idle";
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4">
      <nav aria-label="Breadcrumb" className="flex min-w-0 flex-1 items-center gap-1.5 text-sm">
        <Link href={`/projects/${project.id}/queue`} className="shrink-0 text-slate-500 hover:text-slate-900 hover:underline">
          {project.name}
        </Link>
        <span aria-hidden className="text-slate-300">›</span>
        <span dir="auto" className="truncate font-medium text-slate-900" aria-current="page">{document.title}</span>
      </nav>
      <SaveStateBadge documentId={document.id} />
      {progress && (
        <p className="hidden whitespace-nowrap text-sm text-slate-500 md:block">
          <span className="font-medium tabular-nums text-slate-700">{progress.submitted}</span> of{" "}
          <span className="tabular-nums">{progress.total}</span> submitted
        </p>
      )}
      <div className="flex items-center gap-0.5 border-l border-slate-200 pl-2">
        <button type="button" className={quietButton} disabled={!undo.undoLabel || model.readOnly} onClick={() => history.undo()}
          title={undo.undoLabel ? `Undo ${undo.undoLabel} (Ctrl+Z)` : "Nothing to undo"} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" className={quietButton} disabled={!undo.redoLabel || model.readOnly} onClick={() => history.redo()}
          title={undo.redoLabel ? `Redo ${undo.redoLabel} (Ctrl+Shift+Z)` : "Nothing to redo"} aria-keyshortcuts="Control+Shift+Z Control+Y">
          Redo
        </button>
        <button type="button" className={quietButton} onClick={onGuidelines} aria-keyshortcuts="?">
          Guidelines <Kbd>?</Kbd>
        </button>
      </div>
      <button type="button" onClick={() => void submit.submit()} disabled={busy || model.readOnly} aria-keyshortcuts="Control+Enter"
        className="flex items-center gap-2 rounded-md bg-indigo-600 px-3.5 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-700 disabled:opacity-60">
        {submit.phase === "saving" ? "Saving…" : submit.phase === "submitting" ? "Submitting…" : "Submit"}
        <kbd className="rounded bg-indigo-500/60 px-1 font-sans text-[0.6875rem] text-indigo-50">Ctrl+Enter</kbd>
      </button>
    </header>
  );
});
