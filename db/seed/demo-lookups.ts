import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { catalogEntities, claims, documents, entityTypes } from "@/db/schema";
import { type DemoClaimKey, demoClaims } from "./demo-content";
import type { DemoEntityTypeKey } from "./demo-work-model";

/** The ids behind the names the demo's annotator work uses; an unknown name is a mistake in the demo content. */
export interface DemoLookups {
  claimKeys: readonly DemoClaimKey[];
  claimId(key: DemoClaimKey): number;
  entityId(name: string): number;
  entityTypeId(key: DemoEntityTypeKey): number;
  document(id: number): Promise<{ text: string }>;
}

export async function loadDemoLookups(db: Db, projectId: number): Promise<DemoLookups> {
  const claimRows = await db.select({ id: claims.id, statement: claims.statement }).from(claims).where(eq(claims.projectId, projectId));
  const entityRows = await db
    .select({ id: catalogEntities.id, name: catalogEntities.name })
    .from(catalogEntities)
    .where(eq(catalogEntities.projectId, projectId));
  const typeRows = await db.select({ id: entityTypes.id, key: entityTypes.key }).from(entityTypes).where(eq(entityTypes.projectId, projectId));
  const claimIds = new Map(claimRows.map((row) => [row.statement, row.id]));
  const claimKeyIds = new Map(demoClaims.map((claim) => [claim.key, claimIds.get(claim.statement)]));
  const required = <K, V>(map: ReadonlyMap<K, V | undefined>, key: K, what: string): V => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`The demo workspace has no ${what} "${String(key)}"`);
    return value;
  };
  const entityIds = new Map(entityRows.map((row) => [row.name, row.id]));
  const typeIds = new Map(typeRows.map((row) => [row.key, row.id]));
  return {
    claimKeys: demoClaims.map((claim) => claim.key),
    claimId: (key) => required(claimKeyIds, key, "claim"),
    entityId: (name) => required(entityIds, name, "catalog entity"),
    entityTypeId: (key) => required(typeIds, key, "entity type"),
    document: async (id) =>
      firstRow(await db.select({ text: documents.text }).from(documents).where(eq(documents.id, id)), "demo document"),
  };
}
