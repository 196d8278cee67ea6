import "server-only";
import { documents } from "@/db/schema";

type DocumentRow = typeof documents.$inferSelect;

/** The columns a row of the documents list is made from. */
export const documentListColumns = {
  id: documents.id,
  title: documents.title,
  language: documents.language,
  publishedAt: documents.publishedAt,
  chars: documents.chars,
  createdAt: documents.createdAt,
  sourceUrl: documents.sourceUrl,
  externalId: documents.externalId,
};

export type DocumentListRow = Pick<DocumentRow, keyof typeof documentListColumns>;

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

export function toDocumentListItem(row: DocumentListRow): DocumentListItem {
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
