import "server-only";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import { annotations, documentLabels, documents } from "@/db/schema";
import type { InsightInterval } from "@/lib/domain/insights/insight-periods";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { buildStanceView, type DatedCount, type StanceView, undatedListLimit } from "@/lib/domain/insights/stance-view";
import type { Caller } from "@/lib/server/auth/caller";
import { type InsightsConditions, insightsConditions, spanClaimId, spanStance } from "./insights-conditions";
import { countedDistinct, countedRows, readRows } from "./insights-dialect";
import { fromInsightsScope, type InsightsJobScope, insightsScopeOf, runInsightsJob } from "./insights-jobs";
import { readClaimStatements, readStanceSchema } from "./insights-names";
import { requireInsightsAccess } from "./require-insights-access";

/**
 * How much of publishedAt the interval reads: the month (`2022-10`), or for weeks the day. Shorter
 * dates have no period. Counting by month rather than by day keeps the rows few.
 */
const datedLength: Record<InsightInterval, number> = { month: 7, quarter: 7, week: 10 };

type CountedRow = DatedCount & { undatedDocumentId: number | null };

/**
 * How stances toward each claim move over time: claim spans and document-level stances counted
 * per claim, stance and publication month (or day) in SQL, then put into periods. Without a
 * claimant filter the spans are read by document (see get-coverage-insights.ts on the cross join):
 * each document's date is looked up once, in order, not once per span at random. A claimant filter
 * picks few spans, which the planner finds through annotations_insights_idx.
 */
export async function getStanceInsights(options: {
  caller: Caller;
  projectId: number;
  interval: InsightInterval;
  filter: InsightsFilter;
}): Promise<StanceView> {
  const { caller, projectId, interval, filter } = options;
  const scope = await requireInsightsAccess(caller, projectId);
  return runInsightsJob({ view: "stance", scope: insightsScopeOf(scope), interval, filter });
}

/** The stance view of a caller whose access requireInsightsAccess has checked (in the insights worker). */
export async function readStanceInsights(options: { scope: InsightsJobScope; interval: InsightInterval; filter: InsightsFilter }): Promise<StanceView> {
  const { interval, filter } = options;
  const scope = fromInsightsScope(options.scope);
  const { projectId } = scope;
  const db = getDb();
  const where = await insightsConditions(db, scope, filter);
  const { spanCounts, documentCounts } =
    filter.claimant.length > 0 ? await countWhereClaimantsSpeak(db, where, interval) : await countAll(db, where, interval);

  const undatedIds = [...new Set([...spanCounts, ...documentCounts].flatMap((row) => (row.undatedDocumentId === null ? [] : [row.undatedDocumentId])))];
  const listed = undatedIds.sort((a, b) => a - b).slice(0, undatedListLimit);
  const undatedDocuments =
    listed.length === 0
      ? []
      : await db
          .select({ id: documents.id, title: documents.title, publishedAt: documents.publishedAt })
          .from(documents)
          .where(inArray(documents.id, listed))
          .orderBy(asc(documents.id));
  const statements = await readClaimStatements(db, projectId);
  return buildStanceView({
    interval,
    schema: await readStanceSchema(db, projectId),
    statements,
    spanCounts,
    documentCounts,
    claimIds: filter.claim.filter((id) => statements.has(id)),
    undatedDocuments,
    undatedDocumentCount: undatedIds.length,
  });
}

/** The date columns of the counts: publishedAt as far as the interval reads it, and undated documents apart. */
function datedColumns(interval: InsightInterval) {
  const length = sql.raw(String(datedLength[interval]));
  const undated = or(isNull(documents.publishedAt), sql`length(${documents.publishedAt}) < ${length}`);
  return {
    publishedAt: sql<string | null>`substr(${documents.publishedAt}, 1, ${length})`,
    // Rows of documents without a period keep their document apart, to list them without another pass.
    undatedDocumentId: sql<number | null>`case when ${undated} then ${documents.id} end`,
  };
}

type CountedRowValues = [claimId: number, stance: string, publishedAt: string | null, undatedDocumentId: number | null, n: number];

const toCountedRow = ([claimId, stance, publishedAt, undatedDocumentId, n]: CountedRowValues): CountedRow => ({ claimId, stance, publishedAt, undatedDocumentId, n });

async function countAll(db: Db, where: InsightsConditions, interval: InsightInterval) {
  const { publishedAt, undatedDocumentId } = datedColumns(interval);
  const spanCounts = await readRows<CountedRowValues>(
    db
      .select({ claimId: spanClaimId, stance: spanStance, publishedAt, undatedDocumentId, n: countedRows })
      .from(documents)
      .crossJoin(annotations)
      .where(and(eq(annotations.projectId, documents.projectId), eq(annotations.documentId, documents.id), ...where.spans, ...where.documents))
      .groupBy(annotations.claimId, annotations.stance, publishedAt, undatedDocumentId),
  );
  const documentCounts = await readRows<CountedRowValues>(
    db
      .select({ claimId: documentLabels.claimId, stance: documentLabels.stance, publishedAt, undatedDocumentId, n: countedDistinct(documentLabels.documentId) })
      .from(documentLabels)
      .innerJoin(documents, eq(documents.id, documentLabels.documentId))
      .where(and(...where.labels, ...where.documents))
      .groupBy(documentLabels.claimId, documentLabels.stance, publishedAt, undatedDocumentId),
  );
  return { spanCounts: spanCounts.map(toCountedRow), documentCounts: documentCounts.map(toCountedRow) };
}

/**
 * With a claimant filter, a document's stance toward a claim counts where one of the claimants
 * speaks about the claim. Both counts keep their documents apart, so that one pass over the spans
 * (whose claimant columns only the table rows hold) tells which documents' labels count.
 */
async function countWhereClaimantsSpeak(db: Db, where: InsightsConditions, interval: InsightInterval) {
  const { publishedAt, undatedDocumentId } = datedColumns(interval);
  const documentRows = await readRows<[documentId: number, ...CountedRowValues]>(
    db
      .select({ documentId: documents.id, claimId: spanClaimId, stance: spanStance, publishedAt, undatedDocumentId, n: countedRows })
      .from(annotations)
      .innerJoin(documents, eq(documents.id, annotations.documentId))
      .where(and(...where.spans, ...where.documents))
      .groupBy(documents.id, annotations.claimId, annotations.stance),
  );
  const spoken = new Map<number, Set<number>>();
  for (const [documentId, claimId] of documentRows) {
    let claims = spoken.get(documentId);
    if (!claims) spoken.set(documentId, (claims = new Set()));
    claims.add(claimId);
  }
  const labels =
    spoken.size === 0
      ? []
      : await readRows<[documentId: number, claimId: number, stance: string, publishedAt: string | null, undatedDocumentId: number | null]>(
          db
            .selectDistinct({ documentId: documents.id, claimId: documentLabels.claimId, stance: documentLabels.stance, publishedAt, undatedDocumentId })
            .from(documentLabels)
            .innerJoin(documents, eq(documents.id, documentLabels.documentId))
            .where(and(...where.labels, ...where.documents)),
        );
  const spanCounts = documentRows.map(([, ...values]) => toCountedRow(values));
  const documentCounts = labels
    .filter(([documentId, claimId]) => spoken.get(documentId)?.has(claimId))
    .map(([, claimId, stance, labelPublishedAt, labelUndatedDocumentId]) => toCountedRow([claimId, stance, labelPublishedAt, labelUndatedDocumentId, 1]));
  return { spanCounts, documentCounts };
}
