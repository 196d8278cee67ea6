import "server-only";
import { and, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations } from "@/db/schema";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { buildNetworkView, type ClaimantCount, type NetworkView } from "@/lib/domain/insights/network-view";
import type { Caller } from "@/lib/server/auth/caller";
import { claimantMention, claimantMentionJoin, insightsConditions, spanClaimId, spanStance } from "./insights-conditions";
import { countedRows, readRows } from "./insights-dialect";
import { fromInsightsScope, type InsightsJobScope, insightsScopeOf, runInsightsJob } from "./insights-jobs";
import { readClaimStatements, readEntityNames, readStanceSchema } from "./insights-names";
import { requireInsightsAccess } from "./require-insights-access";

type LinkedRow = [claimantEntityId: number, claimId: number, stance: string, n: number];
type MentionRow = [claimantEntityId: number | null, mentionQuote: string | null, claimId: number, stance: string, n: number];

/** The text of a claimant mention that links to no entity. */
const unlinkedQuote = sql<string | null>`case when ${claimantMention.entityId} is null then ${claimantMention.quote} end`;

/**
 * Who says what about each claim: claim spans with a claimant, counted in SQL by claimant entity
 * (or unlinked mention text), claim and stance; spellings of a mention merge afterwards. Spans that
 * name their claimant entity, nearly all, are counted on their own columns (annotations_insights_idx
 * hands them over in that order); only the others look up their claimant mention.
 */
export async function getNetworkInsights(options: { caller: Caller; projectId: number; filter: InsightsFilter }): Promise<NetworkView> {
  const { caller, projectId, filter } = options;
  const scope = await requireInsightsAccess(caller, projectId);
  return runInsightsJob({ view: "network", scope: insightsScopeOf(scope), filter });
}

/** The network view of a caller whose access requireInsightsAccess has checked (in the insights worker). */
export async function readNetworkInsights(options: { scope: InsightsJobScope; filter: InsightsFilter }): Promise<NetworkView> {
  const { filter } = options;
  const scope = fromInsightsScope(options.scope);
  const { projectId } = scope;
  const db = getDb();
  const where = await insightsConditions(db, scope, filter);
  const linked = await readRows<LinkedRow>(
    db
      .select({ claimantEntityId: annotations.claimantEntityId, claimId: spanClaimId, stance: spanStance, n: countedRows })
      .from(annotations)
      .where(and(...where.spansInDocuments, isNotNull(annotations.claimantEntityId)))
      .groupBy(annotations.claimantEntityId, annotations.claimId, annotations.stance),
  );
  const viaMention = await readRows<MentionRow>(
    db
      .select({ claimantEntityId: claimantMention.entityId, mentionQuote: unlinkedQuote, claimId: spanClaimId, stance: spanStance, n: countedRows })
      .from(annotations)
      .innerJoin(claimantMention, claimantMentionJoin)
      // Implied by the join, but it tells the planner how few spans these are: PostgreSQL then
      // looks their mentions up by id instead of hashing every span of the table.
      .where(and(...where.spansInDocuments, isNull(annotations.claimantEntityId), isNotNull(annotations.claimantMentionId)))
      .groupBy(claimantMention.entityId, unlinkedQuote, annotations.claimId, annotations.stance),
  );
  const counts: ClaimantCount[] = [
    ...linked.map(([claimantEntityId, claimId, stance, n]) => ({ claimantEntityId, mentionQuote: null, claimId, stance, n })),
    ...viaMention.map(([claimantEntityId, mentionQuote, claimId, stance, n]) => ({ claimantEntityId, mentionQuote, claimId, stance, n })),
  ];
  const entityIds = counts.flatMap((row) => (row.claimantEntityId === null ? [] : [row.claimantEntityId]));
  return buildNetworkView({
    schema: await readStanceSchema(db, projectId),
    statements: await readClaimStatements(db, projectId),
    entityNames: await readEntityNames(db, projectId, entityIds),
    counts,
  });
}
