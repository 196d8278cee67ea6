import type { Metadata } from "next";
import { cache } from "react";
import { FeedbackView } from "@/components/feedback/feedback-view";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getAnnotatorFeedback } from "@/lib/server/review/get-annotator-feedback";

interface Props {
  params: Promise<{ documentId: string }>;
}

// The title and the page need the same feedback: compute it once per request.
const loadFeedback = cache(async (documentId: string) => {
  const caller = await requirePageCaller();
  return orNotFound(() => getAnnotatorFeedback({ caller, documentId: parseId(documentId, "Document") }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Feedback: ${(await loadFeedback((await params).documentId)).document.title}` };
}

/**
 * An annotator's work on an adjudicated document next to its gold set, where the project shows
 * the gold set to annotators; everyone else gets the 404 page.
 */
export default async function FeedbackPage({ params }: Props) {
  return <FeedbackView feedback={await loadFeedback((await params).documentId)} />;
}
