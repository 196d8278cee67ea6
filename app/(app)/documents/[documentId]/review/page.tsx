import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ReviewWorkspace } from "@/components/adjudication/review-workspace";
import { reviewKey } from "@/components/adjudication/review-types";
import { getDocument } from "@/lib/server/documents/get-document";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getDocumentReview } from "@/lib/server/review/get-document-review";
import { parseSpanParam } from "../span-param";
import { candidateKeyForSpan } from "./candidate-for-span";

interface Props {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<{ span?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await requirePageCaller();
  const { documentId } = await params;
  // The page itself checks the reviewer role; the title needs only the document.
  const document = await orNotFound(() => getDocument({ caller, documentId: parseId(documentId, "Document") }));
  return { title: `Review: ${document.title}` };
}

/**
 * Adjudication of one document, for its project's reviewers and managers; anyone else gets the
 * 404 page. The review comes with the page, so the marks are drawn without a round trip. A link
 * with `?span=…` opens at the candidate holding that span (an annotator's or a gold span).
 */
export default async function ReviewPage({ params, searchParams }: Props) {
  const caller = await requirePageCaller();
  const { documentId } = await params;
  const review = await orNotFound(() => getDocumentReview({ caller, documentId: parseId(documentId, "Document") }));
  const queryClient = new QueryClient();
  queryClient.setQueryData(reviewKey(review.document.id), review);
  const spanId = parseSpanParam((await searchParams).span);
  const initialCandidateKey = spanId === undefined ? null : candidateKeyForSpan(review.candidates, spanId);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ReviewWorkspace key={review.document.id} documentId={review.document.id} initialCandidateKey={initialCandidateKey} />
    </HydrationBoundary>
  );
}
