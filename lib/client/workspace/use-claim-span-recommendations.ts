import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-fetch";
import type { ClaimRecommendation, StanceRecommendation } from "@/lib/server/recommenders/claim-span-recommendations";
import type { Span } from "./api-types";
import type { AnnotationWriter } from "./annotation-writer";

export type ClaimSpanRecommendations = { claims: ClaimRecommendation[]; stances: StanceRecommendation[] };

/** Whether the recommenders have anything to offer a span: a claim while it has none, a stance once it has a claim and claimant. */
const wantsRecommendations = (span: Span) =>
  span.layer === "claim" && (span.claimId === null || (span.claimantEntityId !== null && span.stance === null));

/**
 * The recommenders' claims and stance for the selected claim span, asked again whenever its text,
 * claim, claimant or stance changes, once the changes are saved (the server answers for the span
 * it has).
 */
export function useClaimSpanRecommendations(writer: AnnotationWriter, span: Span) {
  const { ids, queue } = writer;
  return useQuery({
    queryKey: ["annotations", ids.scopeOf(span.id), "recommendations", span.quote, span.claimId, span.claimantEntityId, span.stance] as const,
    queryFn: async ({ signal }) => {
      await queue.whenIdle();
      return apiFetch<ClaimSpanRecommendations>(`/api/annotations/${await ids.resolve(span.id)}/recommendations`, { signal });
    },
    enabled: wantsRecommendations(span),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
