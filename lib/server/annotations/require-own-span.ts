import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, documents, memberships, projects } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import {
  type LockedAssignment,
  lockAssignmentOfSpan,
  lockEditableAssignment,
  readAssignment,
  requireOpen,
} from "@/lib/server/assignments/work-assignment";
import { membershipOf } from "@/lib/server/auth/require-project-role";
import { seesOnlyAssignedDocuments } from "@/lib/server/documents/document-visibility";
import { AppError, notFound } from "@/lib/server/errors";
import { type DocumentAccess, documentAccessColumns, documentAccessOf } from "@/lib/server/auth/require-document-access";
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
  // The assignment first, then the span under it: a change of the caller's that committed while
  // this one waited for the row is in the span read here, and this change starts from it.
  const locked = await lockAssignmentOfSpan(db, spanId, caller.id);
  const { span, document, access } = await readSpanWithAccess(caller, spanId, async () => locked !== null);
  requireAuthor(caller, span, access);
  if (locked) {
    requireOpen(locked);
    return { span, document, assignment: { row: locked, created: false } };
  }
  // The caller has no assignment of the document (a manager removed it): make one, and read the
  // span again under it.
  const assignment = await lockEditableAssignment(db, span.documentId, caller.id);
  const [current] = await db.select().from(annotations).where(eq(annotations.id, spanId)).limit(1);
  if (!current) throw notFound("Span");
  return { span: current, document, assignment };
}

/**
 * A span of the caller's own annotator set with its document, as `requireOwnSpan` allows it,
 * read without taking anything: for reads about the span (its recommendations).
 */
export async function readOwnSpan(caller: Caller, spanId: number): Promise<{ span: SpanRow; document: DocumentAccess["document"] }> {
  const { span, document, access } = await readSpanWithAccess(
    caller,
    spanId,
    async (documentId) => (await readAssignment(getDb(), documentId, caller.id)) !== null,
  );
  requireAuthor(caller, span, access);
  return { span, document };
}

function requireAuthor(caller: Caller, span: SpanRow, access: DocumentAccess["access"]): void {
  if (span.set === "annotator" && span.authorId === caller.id) return;
  const seesOthers = !access.settings.blind || access.has("reviewer") || access.has("manager");
  throw seesOthers ? new AppError("forbidden", "Only the author of a span may change it") : notFound("Span");
}

/**
 * The span, its document and the caller's access to it, in one round trip (two for a caller who
 * sees only the documents assigned to them: `assigned` tells). Refusals are 404s
 * naming the span: its document and project stay as hidden as the span.
 */
async function readSpanWithAccess(
  caller: Caller,
  spanId: number,
  assigned: (documentId: number) => Promise<boolean>,
): Promise<{ span: SpanRow; document: DocumentAccess["document"]; access: DocumentAccess["access"] }> {
  const rows = await getDb()
    .select({ span: annotations, ...documentAccessColumns })
    .from(annotations)
    .innerJoin(documents, eq(documents.id, annotations.documentId))
    .innerJoin(projects, eq(projects.id, documents.projectId))
    .leftJoin(memberships, membershipOf(caller))
    .where(eq(annotations.id, spanId));
  const [first] = rows;
  if (!first) throw notFound("Span");
  let found: DocumentAccess | null;
  try {
    found = documentAccessOf(caller, rows, ["annotator"]);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw notFound("Span");
    throw error;
  }
  if (!found || (seesOnlyAssignedDocuments(found.access) && !(await assigned(first.span.documentId)))) throw notFound("Span");
  return { span: first.span, ...found };
}

/** 404 for a deleted span: to its author it is gone until restored. */
export function requireLive(span: SpanRow): void {
  if (span.deletedAt !== null) throw notFound("Span");
}

/** 409 carrying the span as it is now, so that the client can show it and retry. */
export function staleVersion(current: SpanRow, message = "The span was changed elsewhere; reload it and try again"): AppError {
  return new AppError("conflict", message, { current: toSpanView(current) });
}
