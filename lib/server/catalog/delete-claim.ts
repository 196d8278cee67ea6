import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, claims, documentLabels } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError, notFound } from "@/lib/server/errors";

/** Managers delete claims nothing points at (rejecting a proposal is deleting it). */
export async function deleteClaim(options: { caller: Caller; projectId: number; claimId: number }): Promise<void> {
  const { caller, projectId, claimId } = options;
  await requireProjectRole(caller, projectId, "manager");
  await getDb().transaction(async (tx) => {
    const inProject = and(eq(claims.id, claimId), eq(claims.projectId, projectId));
    const [before] = await tx.select().from(claims).where(inProject).limit(1);
    if (!before) throw notFound("Claim");
    // Deleted spans count as well: the history keeps them, and they still reference the claim.
    const [spans] = await tx.select({ n: count() }).from(annotations).where(eq(annotations.claimId, claimId));
    const [labels] = await tx.select({ n: count() }).from(documentLabels).where(eq(documentLabels.claimId, claimId));
    const uses = { annotations: spans?.n ?? 0, documentLabels: labels?.n ?? 0 };
    const described = [
      [uses.annotations, "annotation"],
      [uses.documentLabels, "document label"],
    ] as const;
    const inUse = described.filter(([n]) => n > 0).map(([n, noun]) => `${n} ${noun}${n === 1 ? "" : "s"}`);
    if (inUse.length > 0) {
      throw new AppError("conflict", `The claim "${before.statement}" is used by ${inUse.join(" and ")}; it cannot be deleted`, uses);
    }
    await tx.delete(claims).where(inProject);
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "claim.delete",
      subjectType: "claim",
      subjectId: claimId,
      before,
    });
  });
}
