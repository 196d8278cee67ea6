import "server-only";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { decodeDocumentCursor, encodeDocumentCursor } from "./document-cursor";
import { documentListColumns, type DocumentListItem, toDocumentListItem } from "./document-view";
import { isAssignedTo, seesOnlyAssignedDocuments } from "./document-visibility";
import { searchIndex } from "./search-index/search-index";

export const defaultDocumentPageSize = 50;
export const maxDocumentPageSize = 200;

export interface DocumentPage {
  items: DocumentListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Any member lists a project's documents in import order (keyset pagination by id),
 * optionally filtered by language and searched by `q` over title and text.
 */
export async function listDocuments(options: {
  caller: Caller;
  projectId: number;
  cursor?: string;
  limit?: number;
  language?: string;
  q?: string;
}): Promise<DocumentPage> {
  const { caller, projectId, q } = options;
  const access = await requireProjectRole(caller, projectId);
  const limit = Math.min(Math.max(options.limit ?? defaultDocumentPageSize, 1), maxDocumentPageSize);
  const afterId = options.cursor ? decodeDocumentCursor(options.cursor) : 0;
  const filters: SQL[] = [eq(documents.projectId, projectId)];
  if (options.language) filters.push(eq(documents.language, options.language));
  if (seesOnlyAssignedDocuments(access)) filters.push(isAssignedTo(caller.id));
  const index = searchIndex();
  const query = q ? index.toQuery(q) : null;
  // A query with nothing to search for (only punctuation) matches nothing.
  if (q?.trim() && query === null) return { items: [], nextCursor: null };

  const db = getDb();
  // One row more than asked tells whether another page follows.
  const rows =
    query === null
      ? await db
          .select(documentListColumns)
          .from(documents)
          .where(and(gt(documents.id, afterId), ...filters))
          .orderBy(asc(documents.id))
          .limit(limit + 1)
      : await index.listMatching(db, { query, afterId, where: filters, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toDocumentListItem),
    nextCursor: rows.length > limit && last ? encodeDocumentCursor(last.id) : null,
  };
}
