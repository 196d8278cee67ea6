import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entityTypes, relationTypes, stanceLabels } from "@/db/schema";
import type { ColoredLabelInput, RelationTypeInput } from "@/lib/domain/project/label-schema-input";
import type { KeyedChanges } from "@/lib/domain/project/plan-keyed-changes";
import type { ColoredLabelView, RelationTypeView } from "./label-schema-view";

/** Writes planned changes to entity types or stance labels (the two tables share their shape). */
export async function applyColoredLabelChanges(
  tx: Db,
  table: typeof entityTypes | typeof stanceLabels,
  projectId: number,
  changes: KeyedChanges<ColoredLabelView, ColoredLabelInput>,
): Promise<void> {
  // Deletions first, so that nothing ever holds two rows for one key.
  if (changes.removed.length > 0) {
    await tx.delete(table).where(inArray(table.id, changes.removed.map((item) => item.id)));
  }
  for (const { existing, wanted, position } of changes.updated) {
    await tx
      .update(table)
      .set({ name: wanted.name, color: wanted.color, hotkey: wanted.hotkey, position })
      .where(eq(table.id, existing.id));
  }
  if (changes.added.length > 0) {
    await tx
      .insert(table)
      .values(changes.added.map(({ wanted, position }) => ({ ...pickColoredLabel(wanted), projectId, position })));
  }
}

export async function applyRelationTypeChanges(
  tx: Db,
  projectId: number,
  changes: KeyedChanges<RelationTypeView, RelationTypeInput>,
): Promise<void> {
  if (changes.removed.length > 0) {
    await tx.delete(relationTypes).where(inArray(relationTypes.id, changes.removed.map((item) => item.id)));
  }
  for (const { existing, wanted, position } of changes.updated) {
    await tx
      .update(relationTypes)
      .set({ name: wanted.name, directed: wanted.directed, position })
      .where(eq(relationTypes.id, existing.id));
  }
  if (changes.added.length > 0) {
    await tx
      .insert(relationTypes)
      .values(
        changes.added.map(({ wanted, position }) => ({
          key: wanted.key,
          name: wanted.name,
          directed: wanted.directed,
          projectId,
          position,
        })),
      );
  }
}

// Copies only the stored fields; request bodies may carry more (such as ids).
function pickColoredLabel(label: ColoredLabelInput): ColoredLabelInput {
  return { key: label.key, name: label.name, color: label.color, hotkey: label.hotkey };
}
