"use client";

import { useEffect, useRef } from "react";
import { hasTextSelectionIn } from "@/lib/client/workspace/offset-bridge";
import { stepTarget } from "@/lib/client/workspace/targets";
import type { WorkspaceActions } from "../use-workspace-actions";
import type { WorkspaceModel } from "../use-workspace-model";

interface Handlers {
  model: WorkspaceModel;
  actions: WorkspaceActions;
  submit: () => void;
  openGuidelines: () => void;
}

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** The key as typed; with Alt, the physical key, since Alt changes the character on some layouts. */
function keyOf(event: KeyboardEvent): string {
  if (event.altKey && /^(Digit|Key)/.test(event.code)) return event.code.slice(-1).toLowerCase();
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/**
 * Every workspace action has a key (the legend bar shows them). Keys act on the text selection
 * when there is one, else on the selected mark. Fields and open dialogs keep their own keys.
 */
export function useWorkspaceHotkeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
      const { model, actions, submit, openGuidelines } = latest.current;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = keyOf(event);
      const handled = (run: () => void) => {
        event.preventDefault();
        run();
      };
      if (ctrl && key === "Enter") return model.readOnly ? undefined : handled(submit);
      if (isField(event.target)) {
        if (key === "Escape") handled(() => model.containerRef.current?.focus());
        return;
      }
      if (ctrl && (key === "z" || key === "y") && !model.readOnly) {
        return handled(() => (key === "y" || event.shiftKey ? model.history.redo() : model.history.undo()));
      }
      if (ctrl) return;
      const inText = model.containerRef.current?.contains(document.activeElement) || document.activeElement === document.body;
      const span = model.selectedSpan;
      const suggestion = model.selectedSuggestion;

      if (key === "?") return handled(openGuidelines);
      if (key === "Escape") {
        return handled(() => {
          model.setPickingClaimantFor(null);
          window.getSelection()?.removeAllRanges();
          model.setSelection(null);
        });
      }
      if (key === "Tab" && inText) {
        const next = stepTarget(model.targets(), model.selection, event.shiftKey ? -1 : 1);
        if (!next) return;
        return handled(() => {
          window.getSelection()?.removeAllRanges();
          model.setSelection(next);
          model.containerRef.current?.focus({ preventScroll: true });
        });
      }
      if (key === "Enter" && inText && (span || suggestion)) {
        return handled(() => document.querySelector<HTMLElement>("#mark-panel [data-autofocus]")?.focus());
      }
      if (model.readOnly) return;
      if ((key === "Delete" || key === "Backspace") && span) return handled(() => actions.deleteSpan(span));

      const exact = event.altKey || model.altOnRelease.current;
      const entityType = model.schema.entityTypes.find((t) => t.hotkey?.toLowerCase() === key);
      if (hasTextSelectionIn(model.containerRef.current)) {
        if (entityType) return handled(() => actions.markSelection("entity", entityType.id, exact));
        if (key === "c") return handled(() => actions.markSelection("claim", null, exact));
        return;
      }
      if (suggestion && key === "y") return handled(() => actions.acceptSuggestion(suggestion));
      if (suggestion && key === "x") return handled(() => actions.rejectSuggestion(suggestion));
      if (span?.layer === "entity" && entityType && span.entityTypeId !== entityType.id) {
        return handled(() => actions.changeSpan(span, { entityTypeId: entityType.id }));
      }
      const stance = model.schema.stanceLabels.find((s) => s.hotkey?.toLowerCase() === key);
      if (span?.layer === "claim" && stance) {
        return handled(() => actions.changeSpan(span, { stance: span.stance === stance.key ? null : stance.key }));
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
