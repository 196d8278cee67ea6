import "server-only";
import { and, eq } from "drizzle-orm";
import { afterCommit, getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { type ClaimStatus, claims } from "@/db/schema";
import { normalizeCatalogText } from "@/lib/domain/project/catalog-text";
import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { scheduleRecommenderRebuild } from "@/lib/server/recommenders/schedule-recommender-rebuild";
import { type ClaimView, readClaims } from "./claim-view";
import { rejectDuplicateStatement } from "./find-duplicate-claim";

export interface ClaimPatch {
  statement?: string;
  description?: string;
  /** Replaces all of the claim's translations. */
  translations?: ClaimTranslation[];
  /** `approved` approves a proposed claim. */
  status?: ClaimStatus;
}

/** Managers edit catalog claims and approve proposed ones. */
export async function updateClaim(options: {
  caller: Caller;
  projectId: number;
  claimId: number;
  patch: ClaimPatch;
}): Promise<ClaimView> {
  const { caller, projectId, claimId, patch } = options;
  const statement = patch.statement === undefined ? undefined : normalizeCatalogText(patch.statement);
  await requireProjectRole(caller, projectId, "manager");
  const view = await getDb().transaction(async (tx) => {
    const inProject = and(eq(claims.id, claimId), eq(claims.projectId, projectId));
    const [before] = await tx.select().from(claims).where(inProject).limit(1);
    if (!before) throw notFound("Claim");
    if (statement !== undefined) await rejectDuplicateStatement(tx, projectId, statement, claimId);
    const after = firstRow(
      await tx
        .update(claims)
        .set({
          statement: statement ?? before.statement,
          description: patch.description ?? before.description,
          translations: patch.translations ?? before.translations,
          status: patch.status ?? before.status,
          updatedAt: new Date(),
        })
        .where(inProject)
        .returning(),
      "claim",
    );
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: before.status === "proposed" && after.status === "approved" ? "claim.approve" : "claim.update",
      subjectType: "claim",
      subjectId: claimId,
      before,
      after,
    });
    const [updated] = await readClaims(tx, projectId, { claimId });
    if (!updated) throw notFound("Claim");
    return updated;
  });
  // Claim matching ranks by the statement and the translations: relearn them.
  if (statement !== undefined || patch.translations !== undefined) afterCommit(() => scheduleRecommenderRebuild(projectId));
  return view;
}
