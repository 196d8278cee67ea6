import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { notFound } from "@/lib/server/errors";
import { readReview, requireOpenReview } from "./read-review-state";
import { requireReviewAccess } from "./review-access";

/**
 * Undoes an acceptance: the gold span goes (the log keeps it). Gold claims that named it as their
 * claimant mention lose that link, as the foreign key says.
 */
export async function deleteGoldSpan(options: { caller: Caller; documentId: number; spanId: number }): Promise<void> {
  const { caller, documentId, spanId } = options;
  await getDb().transaction(async (tx) => {
    const { document } = await requireReviewAccess(caller, documentId);
    requireOpenReview(await readReview(tx, documentId));
    const inThisDocument = and(eq(annotations.id, spanId), eq(annotations.documentId, documentId), eq(annotations.set, "gold"));
    const [before] = await tx.select().from(annotations).where(inThisDocument).limit(1);
    if (!before) throw notFound("Gold span");
    await tx.delete(annotations).where(inThisDocument);
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: "gold.delete",
      subjectType: "annotation",
      subjectId: spanId,
      before,
    });
  });
}
