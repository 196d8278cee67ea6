import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { catalogEntities, claims, stanceLabels } from "@/db/schema";
import type { StanceColumn } from "@/lib/domain/insights/stance-columns";

/** The project's claims by id: catalogs stay small next to the spans. */
export async function readClaimStatements(db: Db, projectId: number): Promise<Map<number, string>> {
  const rows = await db.select({ id: claims.id, statement: claims.statement }).from(claims).where(eq(claims.projectId, projectId));
  return new Map(rows.map((row) => [row.id, row.statement]));
}

/** The project's stance labels in schema order. */
export async function readStanceSchema(db: Db, projectId: number): Promise<StanceColumn[]> {
  return db
    .select({ key: stanceLabels.key, name: stanceLabels.name, color: stanceLabels.color })
    .from(stanceLabels)
    .where(eq(stanceLabels.projectId, projectId))
    .orderBy(asc(stanceLabels.position), asc(stanceLabels.id));
}

/** Names of the project's catalog entities among `ids`. */
export async function readEntityNames(db: Db, projectId: number, ids: Iterable<number>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: catalogEntities.id, name: catalogEntities.name })
    .from(catalogEntities)
    .where(and(eq(catalogEntities.projectId, projectId), inArray(catalogEntities.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
