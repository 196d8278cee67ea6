"use client";

import { Fragment, memo, type RefObject, useEffect, useState } from "react";
import { hasTextSelectionIn } from "@/lib/client/workspace/offset-bridge";
import type { WorkspaceModel } from "../use-workspace-model";
import { Kbd } from "./kbd";

interface Hint {
  keys: string[];
  label: string;
  color?: string;
}

/** The keys that act on what is selected now, then the ones that always work. */
function hintsFor(model: WorkspaceModel, textSelected: boolean): Hint[] {
  const { schema, selectedSpan, selectedSuggestion, pickingClaimantFor } = model;
  if (pickingClaimantFor !== null) return [{ keys: ["click"], label: "an entity mention to link as claimant" }, { keys: ["Esc"], label: "cancel" }];
  const types = schema.entityTypes.filter((t) => t.hotkey).map((t) => ({ keys: [t.hotkey!], label: t.name, color: t.color }));
  if (textSelected) return [...types, { keys: ["c"], label: "Claim" }, { keys: ["Alt"], label: "+ key: no word snapping" }];
  if (selectedSuggestion) {
    return [{ keys: ["y"], label: "accept" }, { keys: ["x"], label: "reject" }, { keys: ["Esc"], label: "deselect" }];
  }
  if (selectedSpan?.layer === "claim") {
    const stances = schema.stanceLabels.filter((s) => s.hotkey).map((s) => ({ keys: [s.hotkey!], label: s.name, color: s.color }));
    return [...stances, { keys: ["Enter"], label: "edit in panel" }, { keys: ["Del"], label: "remove" }, { keys: ["Esc"], label: "deselect" }];
  }
  if (selectedSpan) {
    return [...types, { keys: ["Enter"], label: "edit in panel" }, { keys: ["Del"], label: "remove" }, { keys: ["Esc"], label: "deselect" }];
  }
  return [{ keys: ["Shift+←→"], label: "select from the caret, then" }, ...types, { keys: ["c"], label: "Claim" }];
}

const always: Hint[] = [
  { keys: ["Tab", "Shift+Tab"], label: "next / previous mark" },
  { keys: ["Ctrl+Z", "Ctrl+Shift+Z"], label: "undo / redo" },
  { keys: ["?"], label: "guidelines" },
  { keys: ["Ctrl+Enter"], label: "submit" },
];

/**
 * Whether text inside the article is selected (and so label keys would mark it). Read once per
 * selection change, never while rendering: reading the selection can force a layout.
 */
function useTextSelected(containerRef: RefObject<HTMLElement | null>): boolean {
  const [selected, setSelected] = useState(false);
  useEffect(() => {
    const update = () => setSelected(hasTextSelectionIn(containerRef.current));
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [containerRef]);
  return selected;
}

export const KeyboardLegend = memo(function KeyboardLegend({ model }: { model: WorkspaceModel }) {
  const contextual = hintsFor(model, useTextSelected(model.containerRef));
  return (
    <section aria-label="Keyboard shortcuts" className="flex shrink-0 flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 bg-white px-4 py-2 text-xs text-slate-600">
      <ul className="flex flex-wrap items-center gap-x-3.5 gap-y-1">
        {contextual.map((hint) => <HintItem key={hint.label} hint={hint} />)}
      </ul>
      <ul className="ml-auto flex flex-wrap items-center gap-x-3.5 gap-y-1 text-slate-500">
        {always.map((hint) => <HintItem key={hint.label} hint={hint} />)}
      </ul>
    </section>
  );
});

function HintItem({ hint }: { hint: Hint }) {
  return (
    <li className="flex items-center gap-1 whitespace-nowrap">
      {hint.keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && <span className="text-slate-400">/</span>}
          <Kbd>{key}</Kbd>
        </Fragment>
      ))}
      {hint.color && <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: hint.color }} />}
      <span>{hint.label}</span>
    </li>
  );
}
