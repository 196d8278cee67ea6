/** An entity type or stance label as a manager edits it. */
export interface ColoredLabelInput {
  key: string;
  name: string;
  color: string;
  hotkey: string | null;
}

export interface RelationTypeInput {
  key: string;
  name: string;
  directed: boolean;
}

/** The whole label schema of a project, each list in display order. */
export interface LabelSchemaInput {
  entityTypes: ColoredLabelInput[];
  stanceLabels: ColoredLabelInput[];
  relationTypes: RelationTypeInput[];
}

/** Keys the annotation workspace binds itself; label hotkeys must leave them free. */
export const reservedHotkeys = [
  { key: "c", use: "marking a claim" },
  { key: "Tab", use: "moving between spans" },
  { key: "Delete", use: "deleting a span" },
  { key: "z", use: "undo" },
  { key: "?", use: "the shortcut help" },
  { key: "/", use: "search" },
] as const;
