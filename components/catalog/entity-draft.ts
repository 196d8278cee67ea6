import type { EntityView } from "@/lib/server/catalog/entity-view";

export interface AliasRow {
  /** Keeps React's identity for a row while it is edited. */
  rowId: string;
  alias: string;
  /** "" when unknown. */
  language: string;
}

/** The entity form's state: strings, as inputs hold them. */
export interface EntityDraft {
  name: string;
  /** "" for no type. */
  entityTypeId: string;
  description: string;
  externalId: string;
  aliases: AliasRow[];
}

export interface EntityTypeOption {
  id: number;
  name: string;
  color: string;
}

let aliasRowCount = 0;
export const newAliasRow = (): AliasRow => ({ rowId: `alias-${++aliasRowCount}`, alias: "", language: "" });

export function toEntityDraft(entity?: EntityView): EntityDraft {
  return {
    name: entity?.name ?? "",
    entityTypeId: entity?.entityTypeId?.toString() ?? "",
    description: entity?.description ?? "",
    externalId: entity?.externalId ?? "",
    aliases: (entity?.aliases ?? []).map((a) => ({ ...newAliasRow(), alias: a.alias, language: a.language ?? "" })),
  };
}

/** The POST or PATCH body; blank alias rows are left out, the server normalises the rest. */
export function toEntityBody(draft: EntityDraft) {
  return {
    name: draft.name,
    entityTypeId: draft.entityTypeId === "" ? null : Number(draft.entityTypeId),
    description: draft.description,
    externalId: draft.externalId.trim() === "" ? null : draft.externalId,
    aliases: draft.aliases
      .filter((row) => row.alias.trim() !== "")
      .map((row) => ({ alias: row.alias, language: row.language.trim() === "" ? null : row.language })),
  };
}
