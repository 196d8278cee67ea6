import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, documentLabels, relations } from "@/db/schema";

// Deleted spans count too: they stay in the history and still reference their labels.

export async function countEntityTypeUses(tx: Db, entityTypeId: number): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(annotations).where(eq(annotations.entityTypeId, entityTypeId));
  return row?.n ?? 0;
}

/** Stances are stored by key, on spans and on document-level labels. */
export async function countStanceUses(tx: Db, projectId: number, stanceKey: string): Promise<number> {
  const [spans] = await tx
    .select({ n: count() })
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), eq(annotations.stance, stanceKey)));
  const [labels] = await tx
    .select({ n: count() })
    .from(documentLabels)
    .where(and(eq(documentLabels.projectId, projectId), eq(documentLabels.stance, stanceKey)));
  return (spans?.n ?? 0) + (labels?.n ?? 0);
}

export async function countRelationTypeUses(tx: Db, relationTypeId: number): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(relations).where(eq(relations.relationTypeId, relationTypeId));
  return row?.n ?? 0;
}
