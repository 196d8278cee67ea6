import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { type LockedAssignment, lockEditableAssignment } from "@/lib/server/assignments/work-assignment";
import { AppError, notFound } from "@/lib/server/errors";
import { type DocumentAccess, requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { type SpanRow, toSpanView } from "./span-view";

export interface OwnSpan {
  span: SpanRow;
  document: DocumentAccess["document"];
  assignment: LockedAssignment;
}

/**
 * A span the caller may change, deleted or not: one of their own annotator set, in a document
 * they may still change. Another user's span is a 404 where the caller may not see it (blind
 * projects hide annotators from each other) and a 403 where they may. Takes the caller's
 * assignment of the document (lockEditableAssignment): call it in a rowLockingTransaction.
 */
export async function requireOwnSpan(caller: Caller, spanId: number): Promise<OwnSpan> {
  const db = getDb();
  const [span] = await db.select().from(annotations).where(eq(annotations.id, spanId)).limit(1);
  if (!span) throw notFound("Span");
  let documentAccess: DocumentAccess;
  try {
    documentAccess = await requireDocumentAccess(caller, span.documentId, "annotator");
  } catch (error) {
    // The span's document and project stay as hidden as the span.
    if (error instanceof AppError && error.code === "not_found") throw notFound("Span");
    throw error;
  }
  const { document, access } = documentAccess;
  if (span.set !== "annotator" || span.authorId !== caller.id) {
    const seesOthers = !access.settings.blind || access.has("reviewer") || access.has("manager");
    throw seesOthers ? new AppError("forbidden", "Only the author of a span may change it") : notFound("Span");
  }
  const assignment = await lockEditableAssignment(db, span.documentId, caller.id);
  // Read again under the lock: a change of the caller's that committed while this one waited for
  // it is in the row now, and this change must start from it.
  const [current] = await db.select().from(annotations).where(eq(annotations.id, spanId)).limit(1);
  if (!current) throw notFound("Span");
  return { span: current, document, assignment };
}

/** 404 for a deleted span: to its author it is gone until restored. */
export function requireLive(span: SpanRow): void {
  if (span.deletedAt !== null) throw notFound("Span");
}

/** 409 carrying the span as it is now, so that the client can show it and retry. */
export function staleVersion(current: SpanRow, message = "The span was changed elsewhere; reload it and try again"): AppError {
  return new AppError("conflict", message, { current: toSpanView(current) });
}
