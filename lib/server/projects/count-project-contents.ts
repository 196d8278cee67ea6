import "server-only";
import { and, count, countDistinct, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { catalogEntities, claims, documents, memberships } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";

export interface ProjectContentCounts {
  documents: number;
  members: number;
  claims: number;
  proposedClaims: number;
  entities: number;
}

/** The figures of a project's overview page; any member may see them. */
export async function countProjectContents(options: {
  caller: Caller;
  projectId: number;
}): Promise<ProjectContentCounts> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId);
  const db = getDb();
  const [documentRow] = await db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId));
  const [memberRow] = await db
    .select({ n: countDistinct(memberships.userId) })
    .from(memberships)
    .where(eq(memberships.projectId, projectId));
  const [claimRow] = await db.select({ n: count() }).from(claims).where(eq(claims.projectId, projectId));
  const [proposedRow] = await db
    .select({ n: count() })
    .from(claims)
    .where(and(eq(claims.projectId, projectId), eq(claims.status, "proposed")));
  const [entityRow] = await db.select({ n: count() }).from(catalogEntities).where(eq(catalogEntities.projectId, projectId));
  return {
    documents: documentRow?.n ?? 0,
    members: memberRow?.n ?? 0,
    claims: claimRow?.n ?? 0,
    proposedClaims: proposedRow?.n ?? 0,
    entities: entityRow?.n ?? 0,
  };
}
