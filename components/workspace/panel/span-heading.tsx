"use client";

import type { Span } from "@/lib/client/workspace/api-types";
import { describeSpan } from "../describe-target";
import { useWorkspace } from "../workspace-context";
import { MarkHeading, smallButton } from "./mark-heading";

/** The top of a selected span's panel: its kind, colour and quote, and Remove (Delete). */
export function SpanHeading({ kind, span }: { kind: string; span: Span }) {
  const { model, actions } = useWorkspace();
  return (
    <MarkHeading kind={kind} color={describeSpan(span, model.lookups).color} quote={span.quote}>
      <button type="button" className={smallButton} onClick={() => actions.deleteSpan(span)} aria-keyshortcuts="Delete">
        Remove
      </button>
    </MarkHeading>
  );
}
