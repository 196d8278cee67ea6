import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { suggestionDecisions } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { notFound } from "@/lib/server/errors";

/**
 * Withdraws a decision the caller recorded in the document, as when she undoes accepting a
 * suggestion: it no longer counts for the recommender's acceptance, nor shows in exports. Someone
 * else's decision is not found.
 */
export async function withdrawSuggestionDecision(options: { caller: Caller; documentId: number; decisionId: number }): Promise<void> {
  const { caller, documentId, decisionId } = options;
  await requireDocumentAccess(caller, documentId, "annotator");
  const withdrawn = await getDb()
    .delete(suggestionDecisions)
    .where(and(eq(suggestionDecisions.id, decisionId), eq(suggestionDecisions.documentId, documentId), eq(suggestionDecisions.userId, caller.id)))
    .returning({ id: suggestionDecisions.id });
  if (withdrawn.length === 0) throw notFound("Suggestion decision");
}
