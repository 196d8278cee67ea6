import "server-only";
import { and, eq } from "drizzle-orm";
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
 * Which languages and sources speak about each claim: the pairs of a document and a claim it has a
 * counted span on, then counted per claim and the document's language and stored site. The pairs
 * come from the spans alone, so each document's row is looked up once per claim, not once per span.
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
    .selectDistinct({ documentId: annotations.documentId, claimId: spanClaimId.as("claim_id") })
    .from(annotations)
    .where(and(...where.spansInDocuments))
    .as("claim_documents");
  const rows = await readRows<[claimId: number, language: string, site: string | null, n: number]>(
    db
      .select({ claimId: claimDocuments.claimId, language: documents.language, site: documents.sourceSite, n: countedRows })
      .from(claimDocuments)
      .innerJoin(documents, eq(documents.id, claimDocuments.documentId))
      .groupBy(claimDocuments.claimId, documents.language, documents.sourceSite),
  );
  const counts = rows.map(([claimId, language, site, n]) => ({ claimId, language, site, n }));
  return buildCoverageView({ statements: await readClaimStatements(db, projectId), counts });
}
