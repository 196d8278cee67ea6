import "server-only";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { claims } from "@/db/schema";
import { normalizeCatalogText } from "@/lib/domain/project/catalog-text";
import type { ClaimTranslation } from "@/lib/domain/project/claim-translations";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { forbidden, notFound } from "@/lib/server/errors";
import { type ClaimView, readClaims } from "./claim-view";
import { rejectDuplicateStatement } from "./find-duplicate-claim";

/**
 * Managers add approved claims. Other members may propose claims for a manager to approve,
 * when the project allows it.
 */
export async function createClaim(options: {
  caller: Caller;
  projectId: number;
  statement: string;
  description?: string;
  translations?: ClaimTranslation[];
}): Promise<ClaimView> {
  const { caller, projectId } = options;
  const statement = normalizeCatalogText(options.statement);
  const access = await requireProjectRole(caller, projectId);
  const isManager = access.has("manager");
  if (!isManager && !access.settings.allowProposedClaims) {
    throw forbidden("This project does not accept proposed claims; ask a manager to add the claim");
  }
  return getDb().transaction(async (tx) => {
    await rejectDuplicateStatement(tx, projectId, statement);
    const row = firstRow(
      await tx
        .insert(claims)
        .values({
          projectId,
          statement,
          description: options.description ?? "",
          translations: options.translations ?? [],
          status: isManager ? "approved" : "proposed",
          proposedBy: isManager ? null : caller.id,
        })
        .returning(),
      "claim",
    );
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "claim.create",
      subjectType: "claim",
      subjectId: row.id,
      after: row,
    });
    const [view] = await readClaims(tx, projectId, { claimId: row.id });
    if (!view) throw notFound("Claim");
    return view;
  });
}
