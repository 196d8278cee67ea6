import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, documentLabels, relations } from "@/db/schema";

type Reader = Pick<Db, "select">;

// Deleted spans count too: they stay in the history and still reference their labels.

export function countEntityTypeUses(tx: Reader, entityTypeId: number): number {
  const [row] = tx.select({ n: count() }).from(annotations).where(eq(annotations.entityTypeId, entityTypeId)).all();
  return row?.n ?? 0;
}

/** Stances are stored by key, on spans and on document-level labels. */
export function countStanceUses(tx: Reader, projectId: number, stanceKey: string): number {
  const [spans] = tx
    .select({ n: count() })
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), eq(annotations.stance, stanceKey)))
    .all();
  const [labels] = tx
    .select({ n: count() })
    .from(documentLabels)
    .where(and(eq(documentLabels.projectId, projectId), eq(documentLabels.stance, stanceKey)))
    .all();
  return (spans?.n ?? 0) + (labels?.n ?? 0);
}

export function countRelationTypeUses(tx: Reader, relationTypeId: number): number {
  const [row] = tx.select({ n: count() }).from(relations).where(eq(relations.relationTypeId, relationTypeId)).all();
  return row?.n ?? 0;
}
