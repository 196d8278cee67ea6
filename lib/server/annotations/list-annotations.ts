import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AssignmentStatus, annotations, documentLabels, relations } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { readAssignment } from "@/lib/server/assignments/work-assignment";
import { type DocumentLabelView, toDocumentLabelView } from "./document-label-view";
import { requireDocumentAccess } from "@/lib/server/auth/require-document-access";
import { type SpanView, toSpanView } from "./span-view";

export interface RelationView {
  id: number;
  relationTypeId: number;
  fromId: number;
  toId: number;
  version: number;
}

export interface DocumentAnnotations {
  spans: SpanView[];
  relations: RelationView[];
  documentLabels: DocumentLabelView[];
  status: AssignmentStatus | "unassigned";
}

/** The caller's own annotator set for a document; nobody reads another's set through this. */
export async function listAnnotations(options: { caller: Caller; documentId: number }): Promise<DocumentAnnotations> {
  const { caller, documentId } = options;
  await requireDocumentAccess(caller, documentId);
  const db = getDb();
  const ownSet = (table: typeof annotations | typeof relations | typeof documentLabels) =>
    and(eq(table.documentId, documentId), eq(table.set, "annotator"), eq(table.authorId, caller.id));
  const spans = await db
    .select()
    .from(annotations)
    .where(and(ownSet(annotations), isNull(annotations.deletedAt)))
    .orderBy(asc(annotations.start), asc(annotations.end), asc(annotations.id));
  // A relation disappears with either of its spans, and comes back when the span is restored.
  const bothEndsLive = sql`NOT EXISTS (SELECT 1 FROM ${annotations} WHERE ${annotations.id} IN (${relations.fromId}, ${relations.toId}) AND ${annotations.deletedAt} IS NOT NULL)`;
  const relationRows = await db
    .select()
    .from(relations)
    .where(and(ownSet(relations), isNull(relations.deletedAt), bothEndsLive))
    .orderBy(asc(relations.id));
  const labels = await db.select().from(documentLabels).where(ownSet(documentLabels)).orderBy(asc(documentLabels.id));
  const assignment = await readAssignment(db, documentId, caller.id);
  return {
    spans: spans.map(toSpanView),
    relations: relationRows.map(({ id, relationTypeId, fromId, toId, version }) => ({
      id,
      relationTypeId,
      fromId,
      toId,
      version,
    })),
    documentLabels: labels.map(toDocumentLabelView),
    status: assignment?.status ?? "unassigned",
  };
}
