import type { LabelSchemaView } from "@/lib/server/label-schema/label-schema-view";

/** Editable rows: `rowId` keeps React's identity for a row while its key is being typed. */
export interface ColoredLabelRow {
  rowId: string;
  key: string;
  name: string;
  color: string;
  /** "" for none. */
  hotkey: string;
}

export interface RelationTypeRow {
  rowId: string;
  key: string;
  name: string;
  directed: boolean;
}

export interface EditableSchema {
  entityTypes: ColoredLabelRow[];
  stanceLabels: ColoredLabelRow[];
  relationTypes: RelationTypeRow[];
}

let rowCount = 0;
export const newRowId = () => `new-${++rowCount}`;

export function toEditableSchema(schema: LabelSchemaView): EditableSchema {
  const colored = (label: LabelSchemaView["entityTypes"][number]): ColoredLabelRow => ({
    rowId: `saved-${label.id}`,
    key: label.key,
    name: label.name,
    color: label.color,
    hotkey: label.hotkey ?? "",
  });
  return {
    entityTypes: schema.entityTypes.map(colored),
    stanceLabels: schema.stanceLabels.map(colored),
    relationTypes: schema.relationTypes.map((type) => ({ rowId: `saved-${type.id}`, ...type })),
  };
}

/** The PUT body: rows without their React identity, blank hotkeys as none. */
export function toSchemaBody(schema: EditableSchema) {
  const colored = ({ key, name, color, hotkey }: ColoredLabelRow) => ({ key, name, color, hotkey: hotkey || null });
  return {
    entityTypes: schema.entityTypes.map(colored),
    stanceLabels: schema.stanceLabels.map(colored),
    relationTypes: schema.relationTypes.map(({ key, name, directed }) => ({ key, name, directed })),
  };
}

export function moveItem<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  const moved = items[index];
  if (moved === undefined || target < 0 || target >= items.length) return [...items];
  const rest = items.filter((_, i) => i !== index);
  return [...rest.slice(0, target), moved, ...rest.slice(target)];
}
