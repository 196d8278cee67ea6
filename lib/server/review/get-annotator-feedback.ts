import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { assignments, documents } from "@/db/schema";
import type { AdjudicationSpan } from "@/lib/domain/adjudication/build-adjudication-candidates";
import { compareWithGold, type FeedbackKind, type SpanDifference } from "@/lib/domain/feedback/compare-with-gold";
import type { SpanRow } from "@/lib/server/annotations/span-view";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { AppError, forbidden } from "@/lib/server/errors";
import { readAnnotatorSpans, readGoldSpans, readReview, readReviewer } from "./read-review-state";
import { readSpanLabels, type SpanLabels } from "./read-span-labels";

/** A span as feedback shows it: where it is and what it says, not who wrote it or from what. */
export type FeedbackSpan = AdjudicationSpan;

/** One line of the comparison; ids name spans of `gold` and `own`. */
export interface FeedbackItemView {
  kind: FeedbackKind;
  goldSpanId: number | null;
  ownSpanId: number | null;
  differences: SpanDifference[];
}

export interface AnnotatorFeedback {
  document: { id: number; projectId: number; title: string; text: string; language: string };
  review: { reviewer: { id: number; name: string } | null; notes: string; adjudicatedAt: string };
  gold: FeedbackSpan[];
  own: FeedbackSpan[];
  items: FeedbackItemView[];
  counts: Record<FeedbackKind, number>;
  labels: SpanLabels;
}

function toFeedbackSpan(row: SpanRow): FeedbackSpan {
  const { id, layer, start, end, quote, entityTypeId, entityId, claimId, stance, claimantEntityId, claimantMentionId } = row;
  return { id, layer, start, end, quote, entityTypeId, entityId, claimId, stance, claimantEntityId, claimantMentionId };
}

/**
 * An annotator's own work on an adjudicated document next to its gold set. Only for annotators
 * who submitted the document, in projects that show the gold set to annotators: other roles and
 * projects with the setting off get a 403, a document not submitted or not adjudicated a 404.
 */
export async function getAnnotatorFeedback(options: { caller: Caller; documentId: number }): Promise<AnnotatorFeedback> {
  const { caller, documentId } = options;
  const { access } = await requireDocumentAccess(caller, documentId, "annotator");
  if (!access.settings.showGoldToAnnotators) throw forbidden("This project does not show the gold set to annotators");
  return getDb().transaction(async (tx) => {
    const [submitted] = await tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(eq(assignments.documentId, documentId), eq(assignments.userId, caller.id), eq(assignments.status, "submitted")))
      .limit(1);
    if (!submitted) throw new AppError("not_found", "No feedback: you have not submitted this document");
    const review = await readReview(tx, documentId);
    if (review?.status !== "adjudicated") throw new AppError("not_found", "No feedback yet: this document is not adjudicated");

    const document = firstRow(
      await tx
        .select({ id: documents.id, projectId: documents.projectId, title: documents.title, text: documents.text, language: documents.language })
        .from(documents)
        .where(eq(documents.id, documentId)),
      "document",
    );
    const reviewer = review.reviewerId === null ? null : await readReviewer(tx, review.reviewerId);
    const gold = (await readGoldSpans(tx, documentId)).map(toFeedbackSpan);
    const own = (await readAnnotatorSpans(tx, documentId, [caller.id])).map(toFeedbackSpan);
    const comparison = compareWithGold(gold, own);
    return {
      document,
      review: { reviewer, notes: review.notes, adjudicatedAt: review.updatedAt.toISOString() },
      gold,
      own,
      items: comparison.items.map((item) => ({
        kind: item.kind,
        goldSpanId: item.kind === "extra" ? null : item.gold.id,
        ownSpanId: item.kind === "missed" ? null : item.own.id,
        differences: item.kind === "different" ? item.differences : [],
      })),
      counts: comparison.counts,
      labels: await readSpanLabels(tx, document.projectId, [...gold, ...own]),
    };
  });
}
