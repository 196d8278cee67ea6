import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { firstRow } from "@/db/first-row";
import { rowLockingTransaction } from "@/db/row-locking-transaction";
import { type AnnotationLayer, annotations, suggestionDecisions } from "@/db/schema";
import type { RecommenderKey, SuggestionDecisionKind } from "@/lib/domain/recommenders/recommender-keys";
import { sliceCodePoints } from "@/lib/domain/text/code-points";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { AppError } from "@/lib/server/errors";

export interface SuggestionDecision {
  recommender: RecommenderKey;
  layer: AnnotationLayer;
  start: number;
  end: number;
  quote: string;
  /** The suggested label: an entity type's key, a claim's id, a stance. */
  label: string;
  score: number;
  decision: SuggestionDecisionKind;
}

/**
 * Records that the caller accepted or rejected a recommender's suggestion in a document they work
 * on, so that a team can measure the recommenders' help. An acceptance names the caller's live span
 * of the layer at those offsets, when it is stored already.
 */
export async function recordSuggestionDecision(options: {
  caller: Caller;
  documentId: number;
  decision: SuggestionDecision;
}): Promise<{ id: number }> {
  const { caller, documentId, decision } = options;
  const { document } = await requireDocumentAccess(caller, documentId, "annotator");
  if (sliceCodePoints(document.text, decision.start, decision.end) !== decision.quote) {
    throw new AppError("unprocessable", "The quote differs from the document's text at these offsets");
  }
  // One transaction, which stores the answer of a write sent with an Idempotency-Key beside the record.
  return rowLockingTransaction(async (tx) => {
    const [span] =
      decision.decision === "accepted"
        ? await tx
            .select({ id: annotations.id })
            .from(annotations)
            .where(
              and(
                eq(annotations.documentId, documentId),
                eq(annotations.set, "annotator"),
                eq(annotations.authorId, caller.id),
                eq(annotations.layer, decision.layer),
                eq(annotations.start, decision.start),
                eq(annotations.end, decision.end),
                isNull(annotations.deletedAt),
              ),
            )
            .orderBy(desc(annotations.id))
            .limit(1)
        : [];
    const { score, ...fields } = decision;
    const rows = await tx
      .insert(suggestionDecisions)
      .values({
        ...fields,
        projectId: document.projectId,
        documentId,
        userId: caller.id,
        scorePermille: Math.round(score * 1000),
        annotationId: span?.id ?? null,
      })
      .returning({ id: suggestionDecisions.id });
    return firstRow(rows, "suggestion decision");
  });
}
