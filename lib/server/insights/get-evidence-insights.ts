import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, documents, users } from "@/db/schema";
import { evidenceHref, evidenceLimit, type EvidenceView } from "@/lib/domain/insights/evidence-view";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { inByteOrder } from "./insights-dialect";
import { insightsConditions, spanStance } from "./insights-conditions";
import { requireInsightsAccess } from "./require-insights-access";

/**
 * The claim spans behind a node or an edge of the network (a claimant, a claim, or both), oldest
 * article first, at most `evidenceLimit`. An annotator shown the views of a blind project sees whose
 * span it is only for their own.
 */
export async function getEvidenceInsights(options: { caller: Caller; projectId: number; filter: InsightsFilter }): Promise<EvidenceView> {
  const { caller, projectId, filter } = options;
  const scope = await requireInsightsAccess(caller, projectId);
  if (filter.claim.length === 0 && filter.claimant.length === 0) {
    throw new AppError("bad_request", "Name a claimant, a claim or both");
  }
  const db = getDb();
  const where = await insightsConditions(db, scope, filter);
  const rows = await db
    .select({
      annotationId: annotations.id,
      documentId: documents.id,
      documentTitle: documents.title,
      publishedAt: documents.publishedAt,
      language: documents.language,
      quote: annotations.quote,
      stance: spanStance,
      set: annotations.set,
      authorId: annotations.authorId,
      email: users.email,
      start: annotations.start,
      end: annotations.end,
    })
    .from(annotations)
    .innerJoin(documents, eq(documents.id, annotations.documentId))
    .innerJoin(users, eq(users.id, annotations.authorId))
    .where(and(...where.spans, ...where.documents))
    .orderBy(
      asc(sql`case when ${documents.publishedAt} is null then 1 else 0 end`),
      asc(inByteOrder(sql`${documents.publishedAt}`)),
      asc(documents.id),
      asc(annotations.start),
      asc(annotations.id),
    )
    .limit(evidenceLimit + 1);
  const namesAuthors = scope.reviews || !scope.access.settings.blind;
  return {
    items: rows.slice(0, evidenceLimit).map(({ authorId, email, set, ...row }) => {
      const gold = set === "gold";
      const own = !gold && authorId === caller.id;
      return {
        ...row,
        set: gold ? "gold" : "annotator",
        annotator: gold || !(namesAuthors || own) ? null : email,
        href: evidenceHref({ projectId, documentId: row.documentId, spanId: row.annotationId, start: row.start, end: row.end, own, canReview: scope.reviews }),
      };
    }),
    truncated: rows.length > evidenceLimit,
  };
}
