// Types only: erased at build time, so the client bundle never includes the server module.
import type { GoldSpanView } from "@/lib/server/review/gold-span-view";
import type { CandidateView, DocumentReview } from "@/lib/server/review/get-document-review";

export type { CandidateView, DocumentReview, GoldSpanView };
/** A submitted span of the review. */
export type SpanView = DocumentReview["spans"][number];
export type ReviewStatus = DocumentReview["review"]["status"];

export const reviewKey = (documentId: number) => ["documents", documentId, "review"] as const;

/** Annotators are shown as letters in the order they submitted: A, B, C, … */
export const annotatorLetter = (index: number) => String.fromCharCode(65 + index);
