import "server-only";
import type { documents } from "@/db/schema";

type DocumentRow = typeof documents.$inferSelect;

/** A row of the documents list: everything but the text. */
export interface DocumentListItem {
  id: number;
  title: string;
  language: string;
  publishedAt: string | null;
  chars: number;
  createdAt: string;
  sourceUrl: string | null;
  externalId: string | null;
}

export interface DocumentView extends DocumentListItem {
  projectId: number;
  text: string;
  metadata: Record<string, unknown>;
}

export function toDocumentListItem(
  row: Pick<DocumentRow, "id" | "title" | "language" | "publishedAt" | "chars" | "createdAt" | "sourceUrl" | "externalId">,
): DocumentListItem {
  return {
    id: row.id,
    title: row.title,
    language: row.language,
    publishedAt: row.publishedAt,
    chars: row.chars,
    createdAt: row.createdAt.toISOString(),
    sourceUrl: row.sourceUrl,
    externalId: row.externalId,
  };
}

export function toDocumentView(row: DocumentRow): DocumentView {
  return { ...toDocumentListItem(row), projectId: row.projectId, text: row.text, metadata: row.metadata };
}
