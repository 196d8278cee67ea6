import "server-only";
import { and, asc, count, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, type ClaimStatus, claims, documentLabels, users } from "@/db/schema";
import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";

export interface ClaimView {
  id: number;
  statement: string;
  description: string;
  translations: ClaimTranslation[];
  status: ClaimStatus;
  proposedBy: { id: number; name: string } | null;
  createdAt: string;
  updatedAt: string;
  /** Live claim spans and document-level labels that point at the claim. */
  usage: number;
}

/** A project's claims, optionally narrowed by status or to one claim. */
export async function readClaims(
  tx: Db,
  projectId: number,
  filter: { status?: ClaimStatus; claimId?: number } = {},
): Promise<ClaimView[]> {
  const conditions: SQL[] = [eq(claims.projectId, projectId)];
  if (filter.status) conditions.push(eq(claims.status, filter.status));
  if (filter.claimId !== undefined) conditions.push(eq(claims.id, filter.claimId));
  const rows = await tx
    .select({ claim: claims, proposerName: users.name })
    .from(claims)
    .leftJoin(users, eq(users.id, claims.proposedBy))
    .where(and(...conditions))
    .orderBy(asc(claims.id));
  const usage = await countClaimUsage(tx, projectId);
  return rows.map(({ claim, proposerName }) => ({
    id: claim.id,
    statement: claim.statement,
    description: claim.description,
    translations: claim.translations,
    status: claim.status,
    proposedBy: claim.proposedBy === null ? null : { id: claim.proposedBy, name: proposerName ?? "" },
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    usage: usage.get(claim.id) ?? 0,
  }));
}

async function countClaimUsage(tx: Db, projectId: number): Promise<Map<number, number>> {
  const spans = await tx
    .select({ claimId: annotations.claimId, n: count() })
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), isNotNull(annotations.claimId), isNull(annotations.deletedAt)))
    .groupBy(annotations.claimId);
  const labels = await tx
    .select({ claimId: documentLabels.claimId, n: count() })
    .from(documentLabels)
    .where(eq(documentLabels.projectId, projectId))
    .groupBy(documentLabels.claimId);
  const usage = new Map<number, number>();
  for (const { claimId, n } of [...spans, ...labels]) {
    if (claimId !== null) usage.set(claimId, (usage.get(claimId) ?? 0) + n);
  }
  return usage;
}
