import "server-only";
import { and, count, eq, isNotNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, documents } from "@/db/schema";
import type { InsightsFilter } from "@/lib/domain/insights/insights-filter";
import { buildNetworkView, type NetworkView } from "@/lib/domain/insights/network-view";
import type { Caller } from "@/lib/server/auth/caller";
import {
  claimantEntityId,
  claimantMention,
  claimantMentionJoin,
  insightsConditions,
  spanClaimId,
  spanStance,
  unlinkedMentionQuote,
} from "./insights-conditions";
import { readClaimStatements, readEntityNames, readStanceSchema } from "./insights-names";
import { requireInsightsAccess } from "./require-insights-access";

/**
 * Who says what about which claim: claim spans with a claimant, counted in SQL by claimant entity
 * (or unlinked mention text), claim and stance; spellings of a mention merge afterwards.
 */
export async function getNetworkInsights(options: { caller: Caller; projectId: number; filter: InsightsFilter }): Promise<NetworkView> {
  const { caller, projectId, filter } = options;
  const scope = await requireInsightsAccess(caller, projectId);
  const db = getDb();
  const where = await insightsConditions(db, scope, filter);
  const attributed = or(isNotNull(annotations.claimantEntityId), isNotNull(claimantMention.id))!;
  const counts = await db
    .select({
      claimantEntityId,
      mentionQuote: unlinkedMentionQuote,
      claimId: spanClaimId,
      stance: spanStance,
      n: count(),
    })
    .from(annotations)
    .innerJoin(documents, eq(documents.id, annotations.documentId))
    .leftJoin(claimantMention, claimantMentionJoin)
    .where(and(...where.spans, ...where.documents, attributed))
    .groupBy(claimantEntityId, unlinkedMentionQuote, annotations.claimId, annotations.stance);
  const entityIds = counts.flatMap((row) => (row.claimantEntityId === null ? [] : [row.claimantEntityId]));
  return buildNetworkView({
    schema: await readStanceSchema(db, projectId),
    statements: await readClaimStatements(db, projectId),
    entityNames: await readEntityNames(db, projectId, entityIds),
    counts,
  });
}
