import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, documents } from "@/db/schema";
import { buildCoverageView, type CoverageView } from "@/lib/domain/insights/coverage-view";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import type { Caller } from "@/lib/server/auth/caller";
import { insightsConditions, spanClaimId } from "./insights-conditions";
import { sourcePrefix } from "./insights-dialect";
import { readClaimStatements } from "./insights-names";
import { requireInsightsAccess } from "./require-insights-access";

/**
 * Which languages and sources speak about each claim: the documents with a counted span on a claim
 * (one row per document and claim, grouped as the spans' index hands them over), then counted per
 * claim, language and site in SQL.
 */
export async function getCoverageInsights(options: { caller: Caller; projectId: number; filter: InsightsFilter }): Promise<CoverageView> {
  const { caller, projectId, filter } = options;
  const scope = await requireInsightsAccess(caller, projectId);
  const db = getDb();
  const where = await insightsConditions(db, scope, filter);
  const claimDocuments = db
    .select({
      claimId: spanClaimId.as("claim_id"),
      language: sql<string>`${documents.language}`.as("language"),
      sourceUrl: sql<string | null>`${documents.sourceUrl}`.as("source_url"),
    })
    .from(documents)
    .innerJoin(annotations, and(eq(annotations.projectId, documents.projectId), eq(annotations.documentId, documents.id)))
    .where(and(...where.spans, ...where.documents))
    .groupBy(documents.id, annotations.claimId)
    .as("claim_documents");
  const source = sourcePrefix(sql`${claimDocuments.sourceUrl}`);
  const counts = await db
    .select({ claimId: claimDocuments.claimId, language: claimDocuments.language, sourceUrl: sql<string | null>`${source}`, n: count() })
    .from(claimDocuments)
    .groupBy(claimDocuments.claimId, claimDocuments.language, source);
  return buildCoverageView({ statements: await readClaimStatements(db, projectId), counts });
}
