import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
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
export function skipDocument(options: { caller: Caller; projectId: number; documentId: number }): SkipResult {
  const { caller, projectId, documentId } = options;
  return getDb().transaction(
    (tx) => {
      const { access } = requireDocumentAccess(caller, documentId, "annotator");
      if (access.projectId !== projectId) throw notFound("Document");
      const before = readAssignment(tx, documentId, caller.id);
      if (before?.status === "submitted") {
        throw new AppError("conflict", "You have submitted this document; it can no longer be skipped");
      }
      if (before?.status !== "skipped") {
        const after = before
          ? tx
              .update(assignments)
              .set({ status: "skipped", updatedAt: new Date() })
              .where(eq(assignments.id, before.id))
              .returning()
              .get()
          : tx.insert(assignments).values({ documentId, userId: caller.id, status: "skipped" }).returning().get();
        recordEvent(tx, {
          actorId: caller.id,
          projectId,
          action: "assignment.skip",
          subjectType: "assignment",
          subjectId: after.id,
          before,
          after,
        });
      }
      const nextId = pickNextDocument(tx, { access, userId: caller.id });
      return { status: "skipped", next: nextId === null ? null : { documentId: nextId } };
    },
    { behavior: "immediate" },
  );
}
