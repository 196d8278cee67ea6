import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documentReviews } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { type DocumentReview, getDocumentReview } from "./get-document-review";
import { readReview } from "./read-review-state";
import { requireReviewAccess } from "./review-access";

/** Takes an adjudicated document back into review, so that its gold set can change again. */
export async function reopenReview(options: { caller: Caller; documentId: number }): Promise<DocumentReview> {
  const { caller, documentId } = options;
  await getDb().transaction(async (tx) => {
    const { document } = await requireReviewAccess(caller, documentId);
    const before = await readReview(tx, documentId);
    if (before?.status !== "adjudicated") throw new AppError("conflict", "Only an adjudicated document can be reopened");
    const [after] = await tx
      .update(documentReviews)
      .set({ status: "in_review", reviewerId: caller.id, updatedAt: new Date() })
      .where(eq(documentReviews.documentId, documentId))
      .returning();
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: "review.reopen",
      subjectType: "document",
      subjectId: documentId,
      before,
      after,
    });
  });
  return getDocumentReview({ caller, documentId });
}
