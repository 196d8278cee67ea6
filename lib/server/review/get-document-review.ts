import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { documents, type ReviewStatus } from "@/db/schema";
import type { CandidateStatus } from "@/lib/domain/adjudication/build-adjudication-candidates";
import type { CandidateDecision } from "@/lib/domain/adjudication/candidate-decisions";
import type { SpanRow, SpanView } from "@/lib/server/annotations/span-view";
import type { Caller } from "@/lib/server/auth/caller";
import { type GoldSpanView, toGoldSpanView } from "./gold-span-view";
import { readReviewState, readReviewer } from "./read-review-state";
import { readSpanLabels, type SpanLabels } from "./read-span-labels";
import { requireReviewAccess } from "./review-access";

export interface CandidateView {
  key: string;
  layer: "claim" | "entity";
  start: number;
  end: number;
  status: CandidateStatus;
  /** Distinct versions; `spanId` is the span shown for the version, `holders` who made it. */
  versions: { key: string; spanId: number; holders: { annotatorId: number; spanId: number }[] }[];
  annotatorIds: number[];
  decision: CandidateDecision;
}

/**
 * A submitted span as adjudication needs it. Timestamps, version and note stay out: a review of a
 * long document lists thousands of spans, and every byte is sent, parsed and hydrated.
 */
export type ReviewSpanView = Pick<
  SpanView,
  "id" | "layer" | "start" | "end" | "quote" | "entityTypeId" | "entityId" | "claimId" | "stance" | "claimantEntityId" | "claimantMentionId" | "authorId"
>;

function toReviewSpanView(row: SpanRow): ReviewSpanView {
  const { id, layer, start, end, quote, entityTypeId, entityId, claimId, stance, claimantEntityId, claimantMentionId, authorId } = row;
  return { id, layer, start, end, quote, entityTypeId, entityId, claimId, stance, claimantEntityId, claimantMentionId, authorId };
}

export interface DocumentReview {
  document: { id: number; projectId: number; title: string; text: string; language: string };
  review: {
    status: ReviewStatus | "not_started";
    reviewer: { id: number; name: string } | null;
    notes: string;
    updatedAt: string | null;
  };
  /** Submissions so far and how many the project wants before a review starts unforced. */
  readiness: { submitted: number; required: number };
  /** Submitted annotators in the order they submitted; the UI calls them A, B, C, … */
  annotators: { id: number; name: string; email: string }[];
  spans: ReviewSpanView[];
  candidates: CandidateView[];
  gold: GoldSpanView[];
  labels: SpanLabels;
}

/** What a reviewer needs to adjudicate a document: every submitted set, the candidates, the gold set. */
export async function getDocumentReview(options: { caller: Caller; documentId: number }): Promise<DocumentReview> {
  const { caller, documentId } = options;
  const { access } = await requireReviewAccess(caller, documentId);
  return getDb().transaction(async (tx) => {
    const document = firstRow(
      await tx
        .select({ id: documents.id, projectId: documents.projectId, title: documents.title, text: documents.text, language: documents.language })
        .from(documents)
        .where(eq(documents.id, documentId)),
      "document",
    );
    const state = await readReviewState(tx, documentId);
    const spans = [...state.spansByAnnotator.values()].flat();
    const reviewer = state.review?.reviewerId == null ? null : await readReviewer(tx, state.review.reviewerId);
    return {
      document,
      review: {
        status: state.review?.status ?? "not_started",
        reviewer,
        notes: state.review?.notes ?? "",
        updatedAt: state.review?.updatedAt.toISOString() ?? null,
      },
      readiness: { submitted: state.annotators.length, required: access.settings.annotatorsPerDocument },
      annotators: state.annotators.map(({ id, name, email }) => ({ id, name, email })),
      spans: spans.sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id).map(toReviewSpanView),
      candidates: state.candidates.map((c) => ({
        key: c.key,
        layer: c.layer,
        start: c.start,
        end: c.end,
        status: c.status,
        versions: c.versions.map((v) => ({ key: v.key, spanId: v.span.id, holders: v.holders })),
        annotatorIds: c.annotatorIds,
        decision: state.decisions.get(c.key) ?? { kind: "pending" },
      })),
      gold: state.gold.map(toGoldSpanView),
      labels: await readSpanLabels(tx, document.projectId, [...spans, ...state.gold]),
    };
  });
}
