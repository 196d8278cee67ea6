import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { catalogEntities, claims } from "@/db/schema";
import { type ColoredLabelView, readLabelSchema } from "@/lib/server/label-schema/label-schema-view";

/** What a span's ids mean, for showing spans in words. */
export interface SpanLabels {
  entityTypes: ColoredLabelView[];
  stanceLabels: ColoredLabelView[];
  claims: { id: number; statement: string }[];
  entities: { id: number; name: string }[];
}

interface LabeledIds {
  claimId: number | null;
  entityId: number | null;
  claimantEntityId: number | null;
}

/** The project's label schema, and the catalog claims and entities that `spans` name. */
export async function readSpanLabels(tx: Db, projectId: number, spans: readonly LabeledIds[]): Promise<SpanLabels> {
  const claimIds = [...new Set(spans.flatMap((s) => (s.claimId === null ? [] : [s.claimId])))];
  const entityIds = [...new Set(spans.flatMap((s) => [s.entityId, s.claimantEntityId].filter((id) => id !== null)))];
  const schema = await readLabelSchema(tx, projectId);
  return {
    entityTypes: schema.entityTypes,
    stanceLabels: schema.stanceLabels,
    claims:
      claimIds.length === 0
        ? []
        : await tx
            .select({ id: claims.id, statement: claims.statement })
            .from(claims)
            .where(and(eq(claims.projectId, projectId), inArray(claims.id, claimIds)))
            .orderBy(asc(claims.id)),
    entities:
      entityIds.length === 0
        ? []
        : await tx
            .select({ id: catalogEntities.id, name: catalogEntities.name })
            .from(catalogEntities)
            .where(and(eq(catalogEntities.projectId, projectId), inArray(catalogEntities.id, entityIds)))
            .orderBy(asc(catalogEntities.id)),
  };
}
