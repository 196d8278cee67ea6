import "server-only";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { afterCommit, type Db, getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { annotations, assignments } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { pickNextDocument } from "@/lib/server/assignments/pick-next-document";
import { readAssignment, requireEditableAssignment } from "@/lib/server/assignments/work-assignment";
import { AppError } from "@/lib/server/errors";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { sendSubmissionWebhook } from "@/lib/server/model-server/send-submission-webhook";
import { scheduleRecommenderRebuild } from "@/lib/server/recommenders/schedule-recommender-rebuild";

export interface SubmitResult {
  status: "submitted";
  /** The document to go on with (assigned to the caller if it is new to them), or null. */
  next: { documentId: number } | null;
}

/**
 * An annotator hands in their set of a document. Every claim span needs a canonical claim and a
 * stance first (422 listing those that lack them). Submitting twice changes nothing. Once a new
 * submission is stored, the project's recommenders learn from it and its model server hears of it,
 * both in the background.
 */
export async function submitDocument(options: { caller: Caller; documentId: number }): Promise<SubmitResult> {
  const { caller, documentId } = options;
  const { result, newlySubmittedIn } = await getDb().transaction(async (tx) => {
    const { document, access } = await requireDocumentAccess(caller, documentId, "annotator");
    const next = async () => {
      const nextId = await pickNextDocument(tx, { access, userId: caller.id });
      return { status: "submitted" as const, next: nextId === null ? null : { documentId: nextId } };
    };
    if ((await readAssignment(tx, documentId, caller.id))?.status === "submitted") return { result: await next(), newlySubmittedIn: null };
    const before = await requireEditableAssignment(tx, documentId, caller.id);
    await requireCompleteClaims(tx, documentId, caller.id);
    const now = new Date();
    const rows = before
      ? await tx
          .update(assignments)
          .set({ status: "submitted", submittedAt: now, updatedAt: now })
          .where(eq(assignments.id, before.id))
          .returning()
      : await tx.insert(assignments).values({ documentId, userId: caller.id, status: "submitted", submittedAt: now }).returning();
    const after = firstRow(rows, "assignment");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: "assignment.submit",
      subjectType: "assignment",
      subjectId: after.id,
      before,
      after,
    });
    return { result: await next(), newlySubmittedIn: document.projectId };
  });
  if (newlySubmittedIn !== null) {
    // After the commit, also of a transaction this one joined (the demo seed's): both read the submission.
    afterCommit(() => Promise.all([scheduleRecommenderRebuild(newlySubmittedIn), sendSubmissionWebhook({ documentId, userId: caller.id })]));
  }
  return result;
}

async function requireCompleteClaims(tx: Db, documentId: number, userId: number): Promise<void> {
  const incomplete = await tx
    .select({ spanId: annotations.id, quote: annotations.quote, claimId: annotations.claimId, stance: annotations.stance })
    .from(annotations)
    .where(
      and(
        eq(annotations.documentId, documentId),
        eq(annotations.set, "annotator"),
        eq(annotations.authorId, userId),
        eq(annotations.layer, "claim"),
        isNull(annotations.deletedAt),
        or(isNull(annotations.claimId), isNull(annotations.stance)),
      ),
    )
    .orderBy(asc(annotations.start), asc(annotations.id));
  if (incomplete.length === 0) return;
  const missing = incomplete.map(({ spanId, quote, claimId, stance }) => ({
    spanId,
    quote,
    missing: [...(claimId === null ? ["claimId"] : []), ...(stance === null ? ["stance"] : [])],
  }));
  const count = missing.length === 1 ? "1 claim span lacks" : `${missing.length} claim spans lack`;
  throw new AppError("unprocessable", `${count} a canonical claim or a stance; complete them before submitting`, {
    missing,
  });
}
