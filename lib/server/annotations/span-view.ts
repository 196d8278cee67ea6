import "server-only";
import type { AnnotationLayer, AnnotationOrigin, annotations } from "@/db/schema";

export type SpanRow = typeof annotations.$inferSelect;

/** A span as the API shows it. Offsets are Unicode code points, half-open. */
export interface SpanView {
  id: number;
  documentId: number;
  layer: AnnotationLayer;
  start: number;
  end: number;
  quote: string;
  entityTypeId: number | null;
  entityId: number | null;
  claimId: number | null;
  stance: string | null;
  claimantEntityId: number | null;
  claimantMentionId: number | null;
  note: string;
  origin: AnnotationOrigin;
  version: number;
  createdAt: string;
  updatedAt: string;
  authorId: number;
}

export function toSpanView(row: SpanRow): SpanView {
  return {
    id: row.id,
    documentId: row.documentId,
    layer: row.layer,
    start: row.start,
    end: row.end,
    quote: row.quote,
    entityTypeId: row.entityTypeId,
    entityId: row.entityId,
    claimId: row.claimId,
    stance: row.stance,
    claimantEntityId: row.claimantEntityId,
    claimantMentionId: row.claimantMentionId,
    note: row.note,
    origin: row.origin,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    authorId: row.authorId,
  };
}
