import "server-only";
import { firstRow } from "@/db/first-row";
import { rowLockingTransaction } from "@/db/row-locking-transaction";
import { type AnnotationOrigin, annotations } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { lockEditableAssignment, markInProgress } from "@/lib/server/assignments/work-assignment";
import { requirePreannotationSources, requireSpanMatchesText, requireValidSpanFields, type SpanFields } from "./check-span-fields";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { type SpanView, toSpanView } from "./span-view";

export interface NewSpan extends Partial<Omit<SpanFields, "layer">> {
  layer: SpanFields["layer"];
  start: number;
  end: number;
  quote: string;
  note?: string;
  origin?: Exclude<AnnotationOrigin, "adjudication">;
  /** Pre-annotations of the same document that the span was accepted from. */
  sourceAnnotationIds?: number[];
}

/**
 * An annotator adds a span to their own set of a document (the author is always the caller).
 * The first change to a document starts the caller's assignment for it.
 */
export async function createSpan(options: { caller: Caller; documentId: number; span: NewSpan }): Promise<SpanView> {
  const { caller, documentId, span } = options;
  return rowLockingTransaction(async (tx) => {
    const { document } = await requireDocumentAccess(caller, documentId, "annotator");
    const assignment = await lockEditableAssignment(tx, documentId, caller.id);
    requireSpanMatchesText(document.text, span);
    const fields: SpanFields = {
      layer: span.layer,
      entityTypeId: span.entityTypeId ?? null,
      entityId: span.entityId ?? null,
      claimId: span.claimId ?? null,
      stance: span.stance ?? null,
      claimantEntityId: span.claimantEntityId ?? null,
      claimantMentionId: span.claimantMentionId ?? null,
    };
    const scope = { projectId: document.projectId, documentId, authorId: caller.id };
    await requireValidSpanFields(tx, scope, fields);
    if (span.sourceAnnotationIds) await requirePreannotationSources(tx, documentId, span.sourceAnnotationIds);
    await markInProgress(tx, { projectId: document.projectId, userId: caller.id, assignment });
    const rows = await tx
      .insert(annotations)
      .values({
        ...scope,
        ...fields,
        set: "annotator",
        start: span.start,
        end: span.end,
        quote: span.quote,
        note: span.note ?? "",
        origin: span.origin ?? "manual",
        sourceAnnotationIds: span.sourceAnnotationIds ? [...new Set(span.sourceAnnotationIds)] : null,
      })
      .returning();
    const row = firstRow(rows, "span");
    await recordEvent(tx, {
      actorId: caller.id,
      projectId: document.projectId,
      action: "annotation.create",
      subjectType: "annotation",
      subjectId: row.id,
      after: row,
    });
    return toSpanView(row);
  });
}
