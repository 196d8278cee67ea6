import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { claims } from "@/db/schema";
import { isSameCatalogText } from "@/lib/domain/project/catalog-text";
import { AppError } from "@/lib/server/errors";

/** A catalog holds each statement once; the same words in another case count as the same. */
export async function rejectDuplicateStatement(
  tx: Db,
  projectId: number,
  statement: string,
  exceptClaimId?: number,
): Promise<void> {
  const existing = await tx
    .select({ id: claims.id, statement: claims.statement })
    .from(claims)
    .where(eq(claims.projectId, projectId));
  const duplicate = existing.find((claim) => claim.id !== exceptClaimId && isSameCatalogText(claim.statement, statement));
  if (duplicate) {
    throw new AppError("conflict", `The catalog already holds this claim: "${duplicate.statement}" (#${duplicate.id})`, {
      claimId: duplicate.id,
    });
  }
}
