import "server-only";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { documentReviews } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { type DocumentReview, getDocumentReview } from "./get-document-review";
import { goldMentionFor, insertGoldSpans } from "./insert-gold-span";
import { readReviewState } from "./read-review-state";
import { requireReviewAccess } from "./review-access";

/**
 * Opens the review of a document once `annotatorsPerDocument` annotators have submitted it, or
 * earlier with `force`. The first opening pre-accepts every agreed candidate when the project
 * says so. Starting a review already started changes nothing.
 */
export async function startReview(options: { caller: Caller; documentId: number; force?: boolean }): Promise<DocumentReview> {
  const { caller, documentId, force = false } = options;
  await getDb().transaction(async (tx) => {
    const { document, access } = await requireReviewAccess(caller, documentId);
    const state = await readReviewState(tx, documentId);
    if (state.review) return;
    const required = access.settings.annotatorsPerDocument;
    const submitted = state.annotators.length;
    if (submitted === 0) throw new AppError("conflict", "No annotator has submitted this document yet; there is nothing to review");
    if (submitted < required && !force) {
      throw new AppError(
        "conflict",
        `Only ${submitted} of ${required} annotators have submitted this document; start the review with force to review it anyway`,
        { submitted, required },
      );
    }
    const review = firstRow(
      await tx.insert(documentReviews).values({ documentId, status: "in_review", reviewerId: caller.id }).returning(),
      "review",
    );
    let preaccepted = 0;
    if (access.settings.preacceptUnanimous) {
      const scope = { projectId: document.projectId, documentId, reviewerId: caller.id };
      const agreed = state.candidates.filter((c) => c.status === "agreed");
      const gold = [...state.gold];
      const annotatorSpans = new Map([...state.spansByAnnotator.values()].flat().map((s) => [s.id, s]));
      // Entities first, so that agreed claims can keep an agreed claimant mention.
      for (const layer of ["entity", "claim"] as const) {
        const drafts = agreed
          .filter((c) => c.layer === layer)
          .map((candidate) => {
            const version = candidate.versions[0]!;
            const span = annotatorSpans.get(version.span.id)!;
            const mention = span.claimantMentionId === null ? undefined : annotatorSpans.get(span.claimantMentionId);
            return {
              layer: span.layer,
              start: span.start,
              end: span.end,
              quote: span.quote,
              note: "",
              entityTypeId: span.entityTypeId,
              entityId: span.entityId,
              claimId: span.claimId,
              stance: span.stance,
              claimantEntityId: span.claimantEntityId,
              claimantMentionId: goldMentionFor(gold, mention),
              sourceAnnotationIds: version.holders.map((h) => h.spanId),
            };
          });
        gold.push(...(await insertGoldSpans(tx, scope, drafts)));
        preaccepted += drafts.length;
      }
    }
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: "review.start",
      subjectType: "document",
      subjectId: documentId,
      after: { ...review, forced: submitted < required, preaccepted },
    });
  });
  return getDocumentReview({ caller, documentId });
}
