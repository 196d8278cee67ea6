import "server-only";
import { and, count, eq, isNull, max, sql, sum } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, claims } from "@/db/schema";

/**
 * A key of everything the recommenders' gold figures are computed from: the project's live gold
 * spans and its claim catalog. Any insert, removal or edit of either changes it (a new row raises
 * the largest id, a removal lowers the count, an edit raises a version or a last change, a label
 * cleared by a deleted entity type or claim changes the sums), so every server can tell from the
 * database alone whether figures it holds are still those of the project. Two aggregate rows: cheap.
 */
export async function readQualityInputsKey(projectId: number): Promise<string> {
  const db = getDb();
  const [gold] = await db
    .select({
      spans: count(),
      lastId: max(annotations.id),
      versions: sum(annotations.version),
      lastChange: max(annotations.updatedAt),
      labels: sum(sql<number>`coalesce(${annotations.entityTypeId}, 0) + coalesce(${annotations.claimId}, 0) + coalesce(${annotations.claimantEntityId}, 0)`),
      stances: count(annotations.stance),
    })
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), eq(annotations.set, "gold"), isNull(annotations.deletedAt)));
  const [catalog] = await db
    .select({ claims: count(), lastId: max(claims.id), lastChange: max(claims.updatedAt) })
    .from(claims)
    .where(eq(claims.projectId, projectId));
  return JSON.stringify([gold, catalog]);
}
