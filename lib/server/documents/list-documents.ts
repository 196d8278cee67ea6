import "server-only";
import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { decodeDocumentCursor, encodeDocumentCursor } from "./document-cursor";
import { type DocumentListItem, toDocumentListItem } from "./document-view";
import { isAssignedTo, seesOnlyAssignedDocuments } from "./document-visibility";
import { toSearchMatchExpression } from "@/lib/domain/text/searchable-text";
import { documentsSearch } from "./documents-search";

export const defaultDocumentPageSize = 50;
export const maxDocumentPageSize = 200;

export interface DocumentPage {
  items: DocumentListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

const listColumns = {
  id: documents.id,
  title: documents.title,
  language: documents.language,
  publishedAt: documents.publishedAt,
  chars: documents.chars,
  createdAt: documents.createdAt,
  sourceUrl: documents.sourceUrl,
  externalId: documents.externalId,
};

/**
 * Any member lists a project's documents in import order (keyset pagination by id),
 * optionally filtered by language and searched by `q` over title and text.
 */
export function listDocuments(options: {
  caller: Caller;
  projectId: number;
  cursor?: string;
  limit?: number;
  language?: string;
  q?: string;
}): DocumentPage {
  const { caller, projectId, q } = options;
  const access = requireProjectRole(caller, projectId);
  const limit = Math.min(Math.max(options.limit ?? defaultDocumentPageSize, 1), maxDocumentPageSize);
  const afterId = options.cursor ? decodeDocumentCursor(options.cursor) : 0;
  const filters: SQL[] = [eq(documents.projectId, projectId)];
  if (options.language) filters.push(eq(documents.language, options.language));
  if (seesOnlyAssignedDocuments(access)) filters.push(isAssignedTo(caller.id));
  const match = q ? toSearchMatchExpression(q) : null;
  // A query with nothing to search for (only punctuation) matches nothing.
  if (q?.trim() && match === null) return { items: [], nextCursor: null };

  const db = getDb();
  // One row more than asked tells whether another page follows.
  const rows =
    match === null
      ? db
          .select(listColumns)
          .from(documents)
          .where(and(gt(documents.id, afterId), ...filters))
          .orderBy(asc(documents.id))
          .limit(limit + 1)
          .all()
      : // Driven by the index in rowid order, so that LIMIT ends the search early.
        db
          .select(listColumns)
          .from(documentsSearch)
          .innerJoin(documents, eq(documents.id, documentsSearch.rowid))
          .where(and(sql`${documentsSearch} MATCH ${match}`, gt(documentsSearch.rowid, afterId), ...filters))
          .orderBy(asc(documentsSearch.rowid))
          .limit(limit + 1)
          .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toDocumentListItem),
    nextCursor: rows.length > limit && last ? encodeDocumentCursor(last.id) : null,
  };
}
