import "server-only";
import { and, eq } from "drizzle-orm";
import { firstRow } from "@/db/first-row";
import { rowLockingTransaction } from "@/db/row-locking-transaction";
import { documentLabels } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { lockEditableAssignment, markInProgress } from "@/lib/server/assignments/work-assignment";
import { AppError } from "@/lib/server/errors";
import { requireValidSpanFields } from "./check-span-fields";
import { type DocumentLabelRow, type DocumentLabelView, toDocumentLabelView } from "./document-label-view";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";

/**
 * The caller's overall stance of a document toward one catalog claim; a null stance removes it.
 * Changing or removing an existing label needs the `version` the client last saw (409 otherwise).
 * Returns the label, or null when there is none (any more).
 */
export async function setDocumentLabel(options: {
  caller: Caller;
  documentId: number;
  claimId: number;
  stance: string | null;
  version?: number;
}): Promise<DocumentLabelView | null> {
  const { caller, documentId, claimId, stance, version } = options;
  return rowLockingTransaction(async (tx) => {
    const { document } = await requireDocumentAccess(caller, documentId, "annotator");
    const assignment = await lockEditableAssignment(tx, documentId, caller.id);
    const scope = { projectId: document.projectId, documentId, authorId: caller.id };
    const own = and(
      eq(documentLabels.documentId, documentId),
      eq(documentLabels.set, "annotator"),
      eq(documentLabels.authorId, caller.id),
      eq(documentLabels.claimId, claimId),
    );
    const [before = null] = await tx.select().from(documentLabels).where(own).limit(1);
    if (before && before.version !== version) throw staleLabel(before);
    if (stance === null && !before) return null;
    if (stance !== null) {
      // A document label follows the claim and stance rules of a claim span.
      await requireValidSpanFields(tx, scope, { ...withoutOtherFields, layer: "claim", claimId, stance });
    }
    const now = new Date();
    const sameVersion = and(own, eq(documentLabels.version, version ?? 0));
    let after: DocumentLabelRow | null = null;
    if (stance === null) await tx.delete(documentLabels).where(sameVersion);
    else if (before) {
      const [updated] = await tx
        .update(documentLabels)
        .set({ stance, version: before.version + 1, updatedAt: now })
        .where(sameVersion)
        .returning();
      if (!updated) throw staleLabel(before);
      after = updated;
    } else {
      after = firstRow(
        await tx.insert(documentLabels).values({ ...scope, set: "annotator", claimId, stance }).returning(),
        "document label",
      );
    }
    await markInProgress(tx, { projectId: document.projectId, userId: caller.id, assignment });
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: after ? "document_label.set" : "document_label.delete",
      subjectType: "document_label",
      subjectId: after?.id ?? before?.id ?? null,
      before,
      after,
    });
    return after && toDocumentLabelView(after);
  });
}

const withoutOtherFields = { entityTypeId: null, entityId: null, claimantEntityId: null, claimantMentionId: null };

function staleLabel(current: DocumentLabelRow): AppError {
  return new AppError("conflict", "This document label was changed elsewhere; reload it and try again", {
    current: toDocumentLabelView(current),
  });
}
