import { type LabelSchemaInput, reservedHotkeys } from "./label-schema-input";

export interface LabelSchemaProblem {
  /** Where the problem is, e.g. `entityTypes.2.hotkey`. */
  path: string;
  message: string;
}

const keyPattern = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const colorPattern = /^#[0-9a-fA-F]{6}$/;
const maxNameLength = 100;

const listTitles = { entityTypes: "entity type", stanceLabels: "stance", relationTypes: "relation type" } as const;
type ListName = keyof typeof listTitles;

interface NamedItem {
  key: string;
  name: string;
}

/** Checks the rules a label schema must follow; an empty list means it is valid. */
export function validateLabelSchema(schema: LabelSchemaInput): LabelSchemaProblem[] {
  return [
    ...validateKeysAndNames("entityTypes", schema.entityTypes),
    ...validateKeysAndNames("stanceLabels", schema.stanceLabels),
    ...validateKeysAndNames("relationTypes", schema.relationTypes),
    ...validateColors("entityTypes", schema.entityTypes),
    ...validateColors("stanceLabels", schema.stanceLabels),
    ...validateHotkeys(schema),
  ];
}

function validateKeysAndNames(list: ListName, items: NamedItem[]): LabelSchemaProblem[] {
  const problems: LabelSchemaProblem[] = [];
  // Keys differing only in case would collide in exports and confuse people.
  const firstIndexByKey = new Map<string, number>();
  items.forEach((item, index) => {
    const label = `${listTitles[list]} ${index + 1}`;
    if (!keyPattern.test(item.key)) {
      problems.push({
        path: `${list}.${index}.key`,
        message: `The key of ${label} ("${item.key}") must start with a letter and hold at most 32 letters, digits, "_" or "-"`,
      });
    }
    const folded = item.key.toLowerCase();
    const first = firstIndexByKey.get(folded);
    if (first === undefined) firstIndexByKey.set(folded, index);
    else {
      problems.push({
        path: `${list}.${index}.key`,
        message: `The key "${item.key}" is used by ${listTitles[list]} ${first + 1} and ${index + 1}; keys must be unique`,
      });
    }
    const name = item.name.trim();
    if (name.length === 0 || name.length > maxNameLength) {
      problems.push({ path: `${list}.${index}.name`, message: `The name of ${label} needs 1 to ${maxNameLength} characters` });
    }
  });
  return problems;
}

function validateColors(list: ListName, items: { color: string }[]): LabelSchemaProblem[] {
  return items.flatMap((item, index) =>
    colorPattern.test(item.color)
      ? []
      : [{ path: `${list}.${index}.color`, message: `The colour of ${listTitles[list]} ${index + 1} must look like #1a2b3c` }],
  );
}

/** Hotkeys are compared case-insensitively: Shift should not turn one label into another. */
function validateHotkeys(schema: LabelSchemaInput): LabelSchemaProblem[] {
  const problems: LabelSchemaProblem[] = [];
  const owners = new Map<string, string>();
  const lists = [
    ["entityTypes", schema.entityTypes],
    ["stanceLabels", schema.stanceLabels],
  ] as const;
  for (const [list, items] of lists) {
    items.forEach((item, index) => {
      if (item.hotkey === null) return;
      const path = `${list}.${index}.hotkey`;
      const owner = `${listTitles[list]} "${item.key}"`;
      const hotkey = item.hotkey;
      if ([...hotkey].length !== 1 || /\s/u.test(hotkey)) {
        problems.push({ path, message: `The hotkey of ${owner} must be a single visible character` });
        return;
      }
      const folded = hotkey.toLowerCase();
      const reserved = reservedHotkeys.find((r) => r.key.toLowerCase() === folded);
      if (reserved) {
        problems.push({ path, message: `The hotkey "${hotkey}" of ${owner} is reserved for ${reserved.use}` });
        return;
      }
      const previous = owners.get(folded);
      if (previous) problems.push({ path, message: `The hotkey "${hotkey}" is used by both ${previous} and ${owner}` });
      else owners.set(folded, owner);
    });
  }
  return problems;
}
