import "server-only";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { annotations, events } from "@/db/schema";
import type { SpanFields } from "@/lib/server/annotations/check-span-fields";
import type { SpanRow } from "@/lib/server/annotations/span-view";

export interface GoldScope {
  projectId: number;
  documentId: number;
  reviewerId: number;
}

export interface GoldDraft extends SpanFields {
  start: number;
  end: number;
  quote: string;
  note: string;
  sourceAnnotationIds: number[];
}

/** Writes one gold span of the document, authored by the reviewer, and logs it. */
export async function insertGoldSpan(tx: Db, scope: GoldScope, draft: GoldDraft): Promise<SpanRow> {
  return firstRow(await insertGoldSpans(tx, scope, [draft]), "gold span");
}

// Rows per statement: well under SQLite's limit on bound variables.
const chunkSize = 100;

/** Writes gold spans in multi-row statements (pre-accepting a long document writes thousands). */
export async function insertGoldSpans(tx: Db, scope: GoldScope, drafts: readonly GoldDraft[]): Promise<SpanRow[]> {
  const rows: SpanRow[] = [];
  for (let i = 0; i < drafts.length; i += chunkSize) {
    const values = drafts.slice(i, i + chunkSize).map((draft) => ({
      projectId: scope.projectId,
      documentId: scope.documentId,
      authorId: scope.reviewerId,
      set: "gold" as const,
      origin: "adjudication" as const,
      ...draft,
      sourceAnnotationIds: [...new Set(draft.sourceAnnotationIds)].sort((a, b) => a - b),
    }));
    const inserted = await tx.insert(annotations).values(values).returning();
    await tx
      .insert(events)
      .values(
        inserted.map((row) => ({
          actorId: scope.reviewerId,
          projectId: scope.projectId,
          action: "gold.create",
          subjectType: "annotation",
          subjectId: row.id,
          before: null,
          after: row,
        })),
      );
    rows.push(...inserted);
  }
  return rows;
}

/** A claimant mention points into its own set: a copied claim keeps it when gold has the same mention. */
export function goldMentionFor(gold: readonly SpanRow[], mention: SpanRow | undefined): number | null {
  if (!mention) return null;
  const match = gold.find((g) => g.layer === "entity" && g.start === mention.start && g.end === mention.end);
  return match?.id ?? null;
}
