"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useValueAfterPaint } from "@/lib/client/workspace/use-value-after-paint";
import type { WriteQueue } from "@/lib/client/workspace/write-queue";
import { ConflictDialog } from "./dialogs/conflict-dialog";
import { GuidelinesDialog } from "./dialogs/guidelines-dialog";
import { LabelConflictDialog } from "./dialogs/label-conflict-dialog";
import { MissingDialog } from "./dialogs/missing-dialog";
import { WorkspaceHeader } from "./header/workspace-header";
import { KeyboardLegend } from "./keyboard/keyboard-legend";
import { useWorkspaceHotkeys } from "./keyboard/use-workspace-hotkeys";
import { SidePanel } from "./panel/side-panel";
import { defaultRenderMode, type RenderMode } from "./text/render-mode";
import { TextPane } from "./text/text-pane";
import { useSubmit } from "./use-submit";
import { useWorkspaceActions } from "./use-workspace-actions";
import { useWorkspaceModel, type WorkspaceInput } from "./use-workspace-model";
import { WorkspaceContext } from "./workspace-context";

/** One clear focus ring on every control (text fields have their own), for a day of keyboard work. */
const focusRing =
  "[&_:is(a,button,select,summary):focus-visible]:outline-2 [&_:is(a,button,select,summary):focus-visible]:outline-offset-2 [&_:is(a,button,select,summary):focus-visible]:outline-indigo-500";

/** Warns before leaving while changes are still on their way to the server. */
function useUnsavedChangesGuard(queue: WriteQueue): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (queue.pendingCount() > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [queue]);
}

/**
 * The annotator's workspace: header, text column, side panel and keyboard legend. The text renders
 * from the model as it is now; everything around it from a copy taken once each change is painted,
 * so that a key press renders (and the browser lays out) the text's marks alone before its frame.
 */
export function Workspace({ renderMode, ...input }: WorkspaceInput & { renderMode?: RenderMode }) {
  const model = useWorkspaceModel(input);
  const actions = useWorkspaceActions(model);
  const shown = useValueAfterPaint(model);
  const context = useMemo(() => ({ model: shown, actions }), [shown, actions]);
  const submit = useSubmit(model);
  const [guidelinesOpen, setGuidelinesOpen] = useState(false);
  const openGuidelines = useCallback(() => setGuidelinesOpen(true), []);
  const closeGuidelines = useCallback(() => setGuidelinesOpen(false), []);
  useUnsavedChangesGuard(model.writer.queue);
  useWorkspaceHotkeys({ model, actions, submit: () => void submit.submit(), openGuidelines });
  // Ready once hydrated (keys work) with the annotations at hand; tests and the bench wait for it.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const ready = hydrated && model.status === "success";

  return (
    <WorkspaceContext.Provider value={context}>
      <div data-ready={ready ? "true" : undefined} className={`flex h-[calc(100dvh-3.5rem-1px)] flex-col bg-slate-50 ${focusRing}`}>
        <WorkspaceHeader model={shown} submit={submit} onGuidelines={openGuidelines} />
        {shown.readOnly && (
          <p role="status" className="border-b border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
            You have handed in this document; it is shown read-only.
          </p>
        )}
        {submit.error && (
          <p role="alert" className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">
            {submit.error}{" "}
            <button type="button" className="font-medium underline" onClick={submit.clearError}>Dismiss</button>
          </p>
        )}
        <div className="flex min-h-0 flex-1">
          <section aria-label="Article" className="flex min-w-0 flex-1 flex-col">
            {model.loadError ? (
              <p role="alert" className="m-8 text-red-700">The annotations could not be loaded: {model.loadError.message}</p>
            ) : (
              <TextPane model={model} actions={actions} mode={renderMode ?? defaultRenderMode} openedAtSpan={input.initialSpanId !== undefined} />
            )}
          </section>
          <SidePanel />
        </div>
        <KeyboardLegend model={shown} />
      </div>
      <GuidelinesDialog open={guidelinesOpen} onClose={closeGuidelines} markdown={shown.project.guidelines} />
      <ConflictDialog model={shown} />
      <LabelConflictDialog model={shown} />
      <MissingDialog missing={submit.missing} onClose={submit.closeMissing} onShow={(spanId) => {
        submit.closeMissing();
        model.setSelection({ kind: "span", id: spanId });
      }} />
    </WorkspaceContext.Provider>
  );
}
