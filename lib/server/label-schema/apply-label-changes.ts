import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { entityTypes, relationTypes, stanceLabels } from "@/db/schema";
import type { ColoredLabelInput, RelationTypeInput } from "@/lib/domain/project/label-schema-input";
import type { KeyedChanges } from "@/lib/domain/project/plan-keyed-changes";
import type { ColoredLabelView, RelationTypeView } from "./label-schema-view";

type Writer = Pick<Db, "insert" | "update" | "delete">;

/** Writes planned changes to entity types or stance labels (the two tables share their shape). */
export function applyColoredLabelChanges(
  tx: Writer,
  table: typeof entityTypes | typeof stanceLabels,
  projectId: number,
  changes: KeyedChanges<ColoredLabelView, ColoredLabelInput>,
): void {
  // Deletions first, so that nothing ever holds two rows for one key.
  if (changes.removed.length > 0) {
    tx.delete(table).where(inArray(table.id, changes.removed.map((item) => item.id))).run();
  }
  for (const { existing, wanted, position } of changes.updated) {
    tx.update(table)
      .set({ name: wanted.name, color: wanted.color, hotkey: wanted.hotkey, position })
      .where(eq(table.id, existing.id))
      .run();
  }
  if (changes.added.length > 0) {
    tx.insert(table)
      .values(changes.added.map(({ wanted, position }) => ({ ...pickColoredLabel(wanted), projectId, position })))
      .run();
  }
}

export function applyRelationTypeChanges(
  tx: Writer,
  projectId: number,
  changes: KeyedChanges<RelationTypeView, RelationTypeInput>,
): void {
  if (changes.removed.length > 0) {
    tx.delete(relationTypes).where(inArray(relationTypes.id, changes.removed.map((item) => item.id))).run();
  }
  for (const { existing, wanted, position } of changes.updated) {
    tx.update(relationTypes)
      .set({ name: wanted.name, directed: wanted.directed, position })
      .where(eq(relationTypes.id, existing.id))
      .run();
  }
  if (changes.added.length > 0) {
    tx.insert(relationTypes)
      .values(
        changes.added.map(({ wanted, position }) => ({
          key: wanted.key,
          name: wanted.name,
          directed: wanted.directed,
          projectId,
          position,
        })),
      )
      .run();
  }
}

// Copies only the stored fields; request bodies may carry more (such as ids).
function pickColoredLabel(label: ColoredLabelInput): ColoredLabelInput {
  return { key: label.key, name: label.name, color: label.color, hotkey: label.hotkey };
}
