import "server-only";
import type { documentLabels } from "@/db/schema";

export type DocumentLabelRow = typeof documentLabels.$inferSelect;

/** A document's overall stance toward one catalog claim. */
export interface DocumentLabelView {
  id: number;
  claimId: number;
  stance: string;
  version: number;
}

export function toDocumentLabelView(row: DocumentLabelRow): DocumentLabelView {
  return { id: row.id, claimId: row.claimId, stance: row.stance, version: row.version };
}
