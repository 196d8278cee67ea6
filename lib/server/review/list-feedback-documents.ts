import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assignments, documentReviews, documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";

export interface FeedbackDocument {
  id: number;
  title: string;
}

/**
 * The documents of a project whose feedback the caller may open: submitted by the caller and
 * adjudicated since. Empty where the project keeps its gold set from annotators.
 */
export async function listFeedbackDocuments(options: { caller: Caller; projectId: number }): Promise<FeedbackDocument[]> {
  const { caller, projectId } = options;
  const access = await requireProjectRole(caller, projectId);
  if (!access.settings.showGoldToAnnotators || !access.has("annotator")) return [];
  return getDb()
    .select({ id: documents.id, title: documents.title })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .innerJoin(documentReviews, eq(documentReviews.documentId, assignments.documentId))
    .where(
      and(
        eq(assignments.userId, caller.id),
        eq(assignments.status, "submitted"),
        eq(documents.projectId, projectId),
        eq(documentReviews.status, "adjudicated"),
      ),
    )
    .orderBy(asc(assignments.submittedAt), asc(assignments.id));
}
