"use client";

import { suggestionKey, type Target } from "@/lib/client/workspace/targets";
import { describeSpan, describeSuggestion, type TargetDescription } from "../describe-target";
import type { WorkspaceModel } from "../use-workspace-model";

function describe(model: WorkspaceModel, target: Target): TargetDescription | null {
  if (target.kind === "span") {
    const span = model.spans.find((s) => s.id === model.writer.ids.current(target.id));
    return span ? describeSpan(span, model.lookups) : null;
  }
  const suggestion = model.suggestions.find((s) => suggestionKey(s) === target.key);
  return suggestion ? describeSuggestion(suggestion, model.lookups) : null;
}

/**
 * The labels of the marks under the pointer, or of the selected mark. Positioned by the caller:
 * `fixed` at the pointer, or `absolute` above the selection ring. Sighted users only: the side
 * panel says the same to assistive technology.
 */
export function SpanTooltip({
  model,
  targets,
  position,
}: {
  model: WorkspaceModel;
  targets: Target[];
  position: { strategy: "fixed" | "absolute"; left: number; top: number };
}) {
  const lines = targets.flatMap((target) => describe(model, target) ?? []);
  if (lines.length === 0) return null;
  return (
    <div
      aria-hidden
      className="pointer-events-none z-20 max-w-sm rounded-md bg-slate-900/95 px-2.5 py-1.5 text-xs leading-5 text-white shadow-lg"
      style={{ position: position.strategy, left: position.left, top: position.top, transform: "translateY(-100%)" }}
    >
      {lines.map((line, index) => (
        <div key={index} className="flex items-baseline gap-1.5">
          <span aria-hidden className="inline-block size-2 shrink-0 rounded-full" style={{ backgroundColor: line.color }} />
          <span className="font-semibold">{line.kind}</span>
          <span className="truncate text-slate-300">{line.detail}</span>
        </div>
      ))}
    </div>
  );
}
