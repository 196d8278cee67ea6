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

/** Marks the document adjudicated, with the reviewer's notes; its gold set is then final. */
export async function finishReview(options: { caller: Caller; documentId: number; notes?: string }): Promise<DocumentReview> {
  const { caller, documentId, notes } = options;
  await getDb().transaction(async (tx) => {
    const { document } = await requireReviewAccess(caller, documentId);
    const before = await readReview(tx, documentId);
    if (!before) throw new AppError("conflict", "The review of this document has not started");
    if (before.status === "adjudicated") throw new AppError("conflict", "This document is already adjudicated");
    const [after] = await tx
      .update(documentReviews)
      .set({ status: "adjudicated", reviewerId: caller.id, notes: notes ?? before.notes, updatedAt: new Date() })
      .where(eq(documentReviews.documentId, documentId))
      .returning();
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: "document.adjudicate",
      subjectType: "document",
      subjectId: documentId,
      before,
      after,
    });
  });
  return getDocumentReview({ caller, documentId });
}
