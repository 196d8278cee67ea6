import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { assignments } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { AppError, notFound } from "@/lib/server/errors";
import { pickNextDocument } from "./pick-next-document";
import { readAssignment } from "./work-assignment";

export interface SkipResult {
  status: "skipped";
  next: { documentId: number } | null;
}

/**
 * An annotator passes on a document: it leaves their queue and frees its place for someone
 * else. Their spans stay. Skipping twice changes nothing; a submitted document cannot be skipped.
 */
export async function skipDocument(options: { caller: Caller; projectId: number; documentId: number }): Promise<SkipResult> {
  const { caller, projectId, documentId } = options;
  return getDb().transaction(async (tx) => {
    const { access } = await requireDocumentAccess(caller, documentId, "annotator");
    if (access.projectId !== projectId) throw notFound("Document");
    const before = await readAssignment(tx, documentId, caller.id);
    if (before?.status === "submitted") {
      throw new AppError("conflict", "You have submitted this document; it can no longer be skipped");
    }
    if (before?.status !== "skipped") {
      const rows = before
        ? await tx
            .update(assignments)
            .set({ status: "skipped", updatedAt: new Date() })
            .where(eq(assignments.id, before.id))
            .returning()
        : await tx.insert(assignments).values({ documentId, userId: caller.id, status: "skipped" }).returning();
      const after = firstRow(rows, "assignment");
      await recordEvent(tx, {
        actorId: caller.id,
        projectId,
        action: "assignment.skip",
        subjectType: "assignment",
        subjectId: after.id,
        before,
        after,
      });
    }
    const nextId = await pickNextDocument(tx, { access, userId: caller.id });
    return { status: "skipped", next: nextId === null ? null : { documentId: nextId } };
  });
}
