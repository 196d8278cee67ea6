"use client";

import type { Span } from "@/lib/client/workspace/api-types";
import { useWorkspace } from "../workspace-context";
import { ClaimPicker } from "./claim-picker";
import { ClaimantField } from "./claimant-field";
import { SpanHeading } from "./span-heading";
import { NoteField } from "./note-field";
import { StanceButtons } from "./stance-buttons";
import { ClaimSpanRecommendations } from "./suggestion-claim-recommendations";

/** The selected claim span: its catalog claim, stance, claimant and note. */
export function ClaimPanel({ span }: { span: Span }) {
  const { model, actions } = useWorkspace();
  const { project, schema, lookups } = model;
  const canPropose = project.settings.allowProposedClaims || project.roles.includes("manager");
  return (
    <section aria-label="Selected claim span" className="space-y-4">
      <SpanHeading kind="Claim span" span={span} />
      <ClaimPicker
        projectId={project.id}
        current={span.claimId === null ? null : (lookups.claims.get(span.claimId) ?? null)}
        canPropose={canPropose}
        onPick={(claimId) => actions.changeSpan(span, { claimId })}
      />
      <ClaimSpanRecommendations span={span} />
      <StanceButtons stances={schema.stanceLabels} value={span.stance} onChange={(stance) => actions.changeSpan(span, { stance })} />
      <ClaimantField span={span} />
      <NoteField value={span.note} onSave={(note) => actions.changeSpan(span, { note })} />
    </section>
  );
}
