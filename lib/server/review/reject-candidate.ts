import "server-only";
import { getDb } from "@/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError, notFound } from "@/lib/server/errors";
import { readReviewState, rejectAction, requireOpenReview, withdrawRejectionAction } from "./read-review-state";
import { requireReviewAccess } from "./review-access";

export interface RejectionResult {
  candidateKey: string;
  rejected: boolean;
}

/**
 * Records that a candidate gets no gold span. The decision lives in the audit log (see
 * readRejectedKeys). A candidate with a gold span must lose it (undo) before it can be rejected.
 */
export async function rejectCandidate(options: { caller: Caller; documentId: number; candidateKey: string }): Promise<RejectionResult> {
  return writeRejection(options, true);
}

/** Undoes a rejection: the candidate is pending again. */
export async function withdrawRejection(options: { caller: Caller; documentId: number; candidateKey: string }): Promise<RejectionResult> {
  return writeRejection(options, false);
}

async function writeRejection(
  options: { caller: Caller; documentId: number; candidateKey: string },
  reject: boolean,
): Promise<RejectionResult> {
  const { caller, documentId, candidateKey } = options;
  return getDb().transaction(async (tx) => {
    const { document } = await requireReviewAccess(caller, documentId);
    const state = await readReviewState(tx, documentId);
    requireOpenReview(state.review);
    const decision = state.decisions.get(candidateKey);
    if (!decision) throw notFound("Candidate");
    if (reject && decision.kind === "accepted") {
      throw new AppError("conflict", "This candidate has a gold span; undo it before rejecting the candidate", decision);
    }
    const isRejected = decision.kind === "rejected";
    if (isRejected === reject) return { candidateKey, rejected: reject };
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: reject ? rejectAction : withdrawRejectionAction,
      subjectType: "document",
      subjectId: documentId,
      after: { candidateKey },
    });
    return { candidateKey, rejected: reject };
  });
}
