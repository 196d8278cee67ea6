"use client";

import type { Span } from "@/lib/client/workspace/api-types";
import { useClaimSpanRecommendations } from "@/lib/client/workspace/use-claim-span-recommendations";
import { useWorkspace } from "../workspace-context";
import { smallButton } from "./mark-heading";

/** The recommenders' catalog claims for a claim span without one, and its claimant's earlier stance. */
export function ClaimSpanRecommendations({ span }: { span: Span }) {
  const { model, actions } = useWorkspace();
  const { data } = useClaimSpanRecommendations(model.writer, span);
  const claims = span.claimId === null ? (data?.claims ?? []) : [];
  const stances = span.stance === null ? (data?.stances ?? []) : [];
  if (claims.length === 0 && stances.length === 0) return null;
  return (
    <section aria-label="Recommended for this claim span" className="space-y-2 rounded-md border border-dashed border-slate-300 p-3">
      {claims.length > 0 && (
        <>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Suggested claims</h3>
          <ul className="space-y-2">
            {claims.map((claim) => (
              <li key={claim.claimId} className="space-y-1">
                <button type="button" className={`${smallButton} text-left`}
                  onClick={() =>
                    actions.takeClaimSpanRecommendation(span, { claimId: claim.claimId }, { recommender: "claim-matching", score: claim.score, label: String(claim.claimId) })
                  }>
                  {model.lookups.claims.get(claim.claimId)?.statement ?? `Claim ${claim.claimId}`}
                </button>
                <p className="text-xs text-slate-600">
                  {claim.score.toFixed(2)} · {claim.why}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {stances.map((stance) => (
        <div key={stance.stance} className="space-y-1">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Suggested stance</h3>
          <button type="button" className={smallButton}
            onClick={() =>
              actions.takeClaimSpanRecommendation(span, { stance: stance.stance }, { recommender: "stance-prior", score: stance.score, label: stance.stance })
            }>
            Use {model.lookups.stances.get(stance.stance)?.name ?? stance.stance}
          </button>
          <p className="text-xs text-slate-600">
            {stance.score.toFixed(2)} · {stance.why}
          </p>
          <ul aria-label="Evidence" className="space-y-1 text-xs text-slate-600">
            {stance.evidence.map((evidence, index) => (
              <li key={index} dir="auto" className="line-clamp-2">“{evidence.quote}”</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
