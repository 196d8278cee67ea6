export interface EvidenceItem {
  annotationId: number;
  documentId: number;
  documentTitle: string;
  publishedAt: string | null;
  language: string;
  quote: string;
  stance: string;
  set: "annotator" | "gold";
  /** The author's email for an annotator's span; null for gold, and for others' spans in a blind project shown to an annotator. */
  annotator: string | null;
  /** Code points, half-open. */
  start: number;
  end: number;
  /** A page of the app that shows the span. */
  href: string;
}

export interface EvidenceView {
  /** By publishedAt (undated last), document, then start; at most `evidenceLimit`. */
  items: EvidenceItem[];
  /** More spans matched than `items` holds. */
  truncated: boolean;
}

export const evidenceLimit = 500;

/** The element the read-only document page gives the marked span, and so the link's fragment. */
export const markedSpanElementId = "marked-span";

/**
 * Where a span opens: reviewers see every submitted set and the gold set in the review page;
 * an annotator's own span opens in their workspace; anything else in the read-only document page,
 * marked there by its offsets and scrolled to.
 */
export function evidenceHref(span: { projectId: number; documentId: number; spanId: number; start: number; end: number; own: boolean; canReview: boolean }): string {
  const { projectId, documentId, spanId } = span;
  if (span.canReview) return `/documents/${documentId}/review?span=${spanId}`;
  if (span.own) return `/documents/${documentId}/annotate?span=${spanId}`;
  return `/projects/${projectId}/documents/${documentId}?mark=${span.start}-${span.end}#${markedSpanElementId}`;
}
