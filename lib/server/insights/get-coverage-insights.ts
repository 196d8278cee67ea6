import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, documents } from "@/db/schema";
import { buildCoverageView, type CoverageView } from "@/lib/domain/insights/coverage-view";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import type { Caller } from "@/lib/server/auth/caller";
import { insightsConditions, spanClaimId } from "./insights-conditions";
import { countedRows, readRows } from "./insights-dialect";
import { fromInsightsScope, type InsightsJobScope, insightsScopeOf, runInsightsJob } from "./insights-jobs";
import { readClaimStatements } from "./insights-names";
import { requireInsightsAccess } from "./require-insights-access";

/**
 * Which languages and sources speak about each claim: the documents with a counted span on a claim
 * (one row per document and claim), then counted per claim, language and stored site in SQL. SQLite keeps
 * a cross join's order: it walks the documents by id and each one's spans through
 * annotations_project_document_idx, so the rows arrive grouped by document and claim, unsorted.
 * PostgreSQL plans the cross join as any inner join.
 */
export async function getCoverageInsights(options: { caller: Caller; projectId: number; filter: InsightsFilter }): Promise<CoverageView> {
  const { caller, projectId, filter } = options;
  const scope = await requireInsightsAccess(caller, projectId);
  return runInsightsJob({ view: "coverage", scope: insightsScopeOf(scope), filter });
}

/** The coverage view of a caller whose access requireInsightsAccess has checked (in the insights worker). */
export async function readCoverageInsights(options: { scope: InsightsJobScope; filter: InsightsFilter }): Promise<CoverageView> {
  const { filter } = options;
  const scope = fromInsightsScope(options.scope);
  const { projectId } = scope;
  const db = getDb();
  const where = await insightsConditions(db, scope, filter);
  const claimDocuments = db
    .select({
      claimId: spanClaimId.as("claim_id"),
      language: sql<string>`${documents.language}`.as("language"),
      sourceSite: sql<string | null>`${documents.sourceSite}`.as("source_site"),
    })
    .from(documents)
    .crossJoin(annotations)
    .where(and(eq(annotations.projectId, documents.projectId), eq(annotations.documentId, documents.id), ...where.spans, ...where.documents))
    .groupBy(documents.id, annotations.claimId)
    .as("claim_documents");
  const rows = await readRows<[claimId: number, language: string, site: string | null, n: number]>(
    db
      .select({ claimId: claimDocuments.claimId, language: claimDocuments.language, site: claimDocuments.sourceSite, n: countedRows })
      .from(claimDocuments)
      .groupBy(claimDocuments.claimId, claimDocuments.language, claimDocuments.sourceSite),
  );
  const counts = rows.map(([claimId, language, site, n]) => ({ claimId, language, site, n }));
  return buildCoverageView({ statements: await readClaimStatements(db, projectId), counts });
}
