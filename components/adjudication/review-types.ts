// Types only: erased at build time, so the client bundle never includes the server module.
import type { GoldSpanView } from "@/lib/server/review/gold-span-view";
import type { CandidateView, DocumentReview } from "@/lib/server/review/get-document-review";
import type { SpanView } from "@/lib/server/annotations/span-view";

export type { CandidateView, DocumentReview, GoldSpanView, SpanView };
export type ReviewStatus = DocumentReview["review"]["status"];

export const reviewKey = (documentId: number) => ["documents", documentId, "review"] as const;

/** Annotators are shown as letters in the order they submitted: A, B, C, … */
export const annotatorLetter = (index: number) => String.fromCharCode(65 + index);
