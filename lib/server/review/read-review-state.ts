import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, documentReviews, events, users } from "@/db/schema";
import {
  type AdjudicationCandidate,
  type AnnotatorSpans,
  buildAdjudicationCandidates,
} from "@/lib/domain/adjudication/build-adjudication-candidates";
import { type CandidateDecision, decideCandidateStates } from "@/lib/domain/adjudication/candidate-decisions";
import type { SpanRow } from "@/lib/server/annotations/span-view";
import { AppError } from "@/lib/server/errors";

export type ReviewRow = typeof documentReviews.$inferSelect;

export interface SubmittedAnnotator {
  id: number;
  name: string;
  email: string;
  submittedAt: Date | null;
}

export interface ReviewState {
  review: ReviewRow | null;
  annotators: SubmittedAnnotator[];
  spansByAnnotator: Map<number, SpanRow[]>;
  candidates: AdjudicationCandidate[];
  gold: SpanRow[];
  rejectedKeys: Set<string>;
  decisions: Map<string, CandidateDecision>;
}

export const rejectAction = "review.reject";
export const withdrawRejectionAction = "review.unreject";

export async function readReview(tx: Db, documentId: number): Promise<ReviewRow | null> {
  const [review] = await tx.select().from(documentReviews).where(eq(documentReviews.documentId, documentId)).limit(1);
  return review ?? null;
}

/** The reviewer a review names, as it shows them. */
export async function readReviewer(tx: Db, reviewerId: number): Promise<{ id: number; name: string } | null> {
  const [reviewer] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, reviewerId)).limit(1);
  return reviewer ?? null;
}

/** Annotators who handed the document in, in the order they did: A, B, C, … */
export async function readSubmittedAnnotators(tx: Db, documentId: number): Promise<SubmittedAnnotator[]> {
  return tx
    .select({ id: users.id, name: users.name, email: users.email, submittedAt: assignments.submittedAt })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(and(eq(assignments.documentId, documentId), eq(assignments.status, "submitted")))
    .orderBy(asc(assignments.submittedAt), asc(assignments.id));
}

export async function readGoldSpans(tx: Db, documentId: number): Promise<SpanRow[]> {
  return tx
    .select()
    .from(annotations)
    .where(and(eq(annotations.documentId, documentId), eq(annotations.set, "gold"), isNull(annotations.deletedAt)))
    .orderBy(asc(annotations.start), asc(annotations.end), asc(annotations.id));
}

/** The live spans these annotators made in the document, in position order. */
export async function readAnnotatorSpans(tx: Db, documentId: number, authorIds: readonly number[]): Promise<SpanRow[]> {
  if (authorIds.length === 0) return [];
  return tx
    .select()
    .from(annotations)
    .where(
      and(
        eq(annotations.documentId, documentId),
        eq(annotations.set, "annotator"),
        inArray(annotations.authorId, [...authorIds]),
        isNull(annotations.deletedAt),
      ),
    )
    .orderBy(asc(annotations.start), asc(annotations.end), asc(annotations.id));
}

/**
 * Rejections live in the audit log, not in a table: a rejection writes no gold span, so the log's
 * reject and withdraw events for the document, replayed in order, are the whole state.
 */
export async function readRejectedKeys(tx: Db, documentId: number): Promise<Set<string>> {
  const rows = await tx
    .select({ action: events.action, after: events.after })
    .from(events)
    .where(
      and(
        eq(events.subjectType, "document"),
        eq(events.subjectId, documentId),
        inArray(events.action, [rejectAction, withdrawRejectionAction]),
      ),
    )
    .orderBy(asc(events.id));
  const rejected = new Set<string>();
  for (const { action, after } of rows) {
    const key = (after as { candidateKey?: unknown } | null)?.candidateKey;
    if (typeof key !== "string") continue;
    if (action === rejectAction) rejected.add(key);
    else rejected.delete(key);
  }
  return rejected;
}

/** Everything adjudication needs to know about a document, read in one go. */
export async function readReviewState(tx: Db, documentId: number): Promise<ReviewState> {
  const annotators = await readSubmittedAnnotators(tx, documentId);
  const ids = annotators.map((a) => a.id);
  const rows = await readAnnotatorSpans(tx, documentId, ids);
  const spansByAnnotator = new Map<number, SpanRow[]>(ids.map((id) => [id, []]));
  for (const row of rows) spansByAnnotator.get(row.authorId)?.push(row);
  const input: AnnotatorSpans[] = ids.map((annotatorId) => ({ annotatorId, spans: spansByAnnotator.get(annotatorId)! }));
  const candidates = buildAdjudicationCandidates(input);
  const gold = await readGoldSpans(tx, documentId);
  const rejectedKeys = await readRejectedKeys(tx, documentId);
  const decisions = decideCandidateStates(
    candidates,
    gold.map((g) => ({ ...g, sourceAnnotationIds: g.sourceAnnotationIds ?? [] })),
    rejectedKeys,
  );
  return { review: await readReview(tx, documentId), annotators, spansByAnnotator, candidates, gold, rejectedKeys, decisions };
}

/** Gold changes need a review in progress: 409 before it starts and after it is finished. */
export function requireOpenReview(review: ReviewRow | null): ReviewRow {
  if (!review) throw new AppError("conflict", "The review of this document has not started; start it first");
  if (review.status === "adjudicated") {
    throw new AppError("conflict", "This document is adjudicated; reopen the review to change its gold spans");
  }
  return review;
}
