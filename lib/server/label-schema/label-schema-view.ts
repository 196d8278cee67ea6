import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entityTypes, relationTypes, stanceLabels } from "@/db/schema";

export interface ColoredLabelView {
  id: number;
  key: string;
  name: string;
  color: string;
  hotkey: string | null;
}

export interface RelationTypeView {
  id: number;
  key: string;
  name: string;
  directed: boolean;
}

export interface LabelSchemaView {
  entityTypes: ColoredLabelView[];
  stanceLabels: ColoredLabelView[];
  relationTypes: RelationTypeView[];
}

const coloredColumns = (table: typeof entityTypes | typeof stanceLabels) => ({
  id: table.id,
  key: table.key,
  name: table.name,
  color: table.color,
  hotkey: table.hotkey,
});

/** A project's label schema, each list ordered by position. */
export async function readLabelSchema(tx: Db, projectId: number): Promise<LabelSchemaView> {
  return {
    entityTypes: await tx
      .select(coloredColumns(entityTypes))
      .from(entityTypes)
      .where(eq(entityTypes.projectId, projectId))
      .orderBy(asc(entityTypes.position), asc(entityTypes.id)),
    stanceLabels: await tx
      .select(coloredColumns(stanceLabels))
      .from(stanceLabels)
      .where(eq(stanceLabels.projectId, projectId))
      .orderBy(asc(stanceLabels.position), asc(stanceLabels.id)),
    relationTypes: await tx
      .select({ id: relationTypes.id, key: relationTypes.key, name: relationTypes.name, directed: relationTypes.directed })
      .from(relationTypes)
      .where(eq(relationTypes.projectId, projectId))
      .orderBy(asc(relationTypes.position), asc(relationTypes.id)),
  };
}
