// Types only: erased at build time, so the client bundle never includes the server module.
import type { AnnotatorFeedback, FeedbackItemView, FeedbackSpan } from "@/lib/server/review/get-annotator-feedback";

export type { AnnotatorFeedback, FeedbackItemView, FeedbackSpan };
