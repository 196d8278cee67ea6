import "server-only";
import { describeRankedClaim, rankClaims } from "@/lib/domain/recommenders/claim-ranker";
import { describePriorStance, priorStance } from "@/lib/domain/recommenders/stance-prior";
import type { LoadedRecommenderModel } from "./load-recommender-models";

/** A catalog claim offered for one of the caller's claim spans that has none yet. */
export interface ClaimRecommendation {
  recommender: "claim-matching";
  spanId: number;
  claimId: number;
  score: number;
  why: string;
}

/** The stance a claim span's claimant took toward its claim before, offered as its default. */
export interface StanceRecommendation {
  recommender: "stance-prior";
  spanId: number;
  stance: string;
  score: number;
  why: string;
  evidence: { documentId: number; quote: string }[];
}

export interface OwnClaimSpan {
  id: number;
  layer: "entity" | "claim";
  quote: string;
  claimId: number | null;
  stance: string | null;
  claimantEntityId: number | null;
}

const claimsPerSpan = 3;

/**
 * For a claim span of the caller: catalog claims ranked by likeness when it has none, and the
 * prior stance when it has a claim and a claimant but no stance. Work in `documentId` (the span's
 * own document) does not count. `claimExists` and `stanceName` come from the project's catalog.
 */
export function claimSpanRecommendations(
  models: ReadonlyMap<string, LoadedRecommenderModel>,
  span: OwnClaimSpan,
  context: { documentId: number; claimExists: (claimId: number) => boolean; stanceName: (key: string) => string },
): { claims: ClaimRecommendation[]; stances: StanceRecommendation[] } {
  const output: { claims: ClaimRecommendation[]; stances: StanceRecommendation[] } = { claims: [], stances: [] };
  if (span.layer !== "claim") return output;
  const exclude = { excludeDocumentId: context.documentId };
  const claimModel = models.get("claim-matching:claim");
  if (span.claimId === null && claimModel?.kind === "claim-matching") {
    for (const ranked of rankClaims(claimModel.ranker, span.quote, { ...exclude, limit: claimsPerSpan })) {
      if (!context.claimExists(ranked.claimId)) continue;
      output.claims.push({ recommender: "claim-matching", spanId: span.id, claimId: ranked.claimId, score: ranked.score, why: describeRankedClaim(ranked) });
    }
  }
  const stanceModel = models.get("stance-prior:claim");
  if (span.claimId !== null && span.claimantEntityId !== null && span.stance === null && stanceModel?.kind === "stance-prior") {
    const prior = priorStance(stanceModel.prior, { claimantEntityId: span.claimantEntityId, claimId: span.claimId, ...exclude });
    if (prior) {
      output.stances.push({
        recommender: "stance-prior",
        spanId: span.id,
        stance: prior.stance,
        score: prior.score,
        why: describePriorStance(context.stanceName(prior.stance), prior),
        evidence: prior.evidence.map(({ documentId, quote }) => ({ documentId, quote })),
      });
    }
  }
  return output;
}
