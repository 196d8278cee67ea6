"use client";

import { type MouseEvent, useRef, useState } from "react";
import { domPointToOffset } from "@/lib/client/workspace/offset-bridge";
import { sameTarget, type Target, targetsAt } from "@/lib/client/workspace/targets";
import type { WorkspaceActions } from "../use-workspace-actions";
import type { WorkspaceModel } from "../use-workspace-model";

/** Where the pointer rests over marks: the offset under it and the point, in page coordinates. */
export interface Hover {
  offset: number;
  x: number;
  y: number;
}

/**
 * Mouse on the text: a click selects the innermost mark under it (clicking again cycles outwards),
 * a drag leaves a text selection to mark, and hovering reports the offset for the tooltip.
 */
export function useTextPointer(model: WorkspaceModel, actions: WorkspaceActions) {
  const [hover, setHover] = useState<Hover | null>(null);
  const frame = useRef(0);

  function onMouseUp(event: MouseEvent) {
    model.altOnRelease.current = event.altKey;
    const surface = model.surfaceRef.current;
    const selection = window.getSelection();
    if (!surface || !selection || selection.rangeCount === 0) return;
    if (!selection.isCollapsed) {
      model.setSelection(null);
      return;
    }
    const offset = domPointToOffset(surface, selection.anchorNode!, selection.anchorOffset);
    if (offset === null) return;
    const hits = targetsAt(model.targets(), offset);
    if (model.pickingClaimantFor !== null) {
      pickClaimant(hits.map((hit) => hit.target));
      return;
    }
    const current = hits.findIndex((h) => sameTarget(h.target, model.selection));
    model.setSelection(hits[(current + 1) % Math.max(1, hits.length)]?.target ?? null);
  }

  /** Links the innermost entity mention clicked as the claimant of the claim span being edited. */
  function pickClaimant(hits: Target[]) {
    const spanOf = (id: number) => model.spans.find((s) => s.id === model.writer.ids.current(id));
    const claim = spanOf(model.pickingClaimantFor ?? 0);
    const mention = hits.flatMap((t) => (t.kind === "span" ? (spanOf(t.id) ?? []) : [])).find((s) => s.layer === "entity");
    if (!claim || !mention) return;
    actions.changeSpan(claim, { claimantMentionId: mention.id, claimantEntityId: mention.entityId });
    model.setPickingClaimantFor(null);
    model.setSelection({ kind: "span", id: claim.id });
  }

  function onMouseMove(event: MouseEvent) {
    const { clientX, clientY } = event;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const surface = model.surfaceRef.current;
      const caret = document.caretPositionFromPoint(clientX, clientY);
      const offset = surface && caret ? domPointToOffset(surface, caret.offsetNode, caret.offset) : null;
      const over = offset !== null && targetsAt(model.targets(), offset).length > 0;
      setHover(over ? { offset, x: clientX, y: clientY } : null);
    });
  }

  function onMouseLeave() {
    cancelAnimationFrame(frame.current);
    setHover(null);
  }

  return { hover, handlers: { onMouseUp, onMouseMove, onMouseLeave } };
}
