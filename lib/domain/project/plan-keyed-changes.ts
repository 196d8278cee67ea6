interface Keyed {
  key: string;
}

export interface KeyedChanges<Existing extends Keyed, Wanted extends Keyed> {
  removed: Existing[];
  updated: { existing: Existing; wanted: Wanted; position: number }[];
  added: { wanted: Wanted; position: number }[];
}

/**
 * How to turn `existing` into `wanted` when items are identified by key: the same key is
 * an update, a new key an insert, a vanished key a deletion. Positions follow `wanted`.
 */
export function planKeyedChanges<Existing extends Keyed, Wanted extends Keyed>(
  existing: readonly Existing[],
  wanted: readonly Wanted[],
): KeyedChanges<Existing, Wanted> {
  const existingByKey = new Map(existing.map((item) => [item.key, item]));
  const wantedKeys = new Set(wanted.map((item) => item.key));
  const changes: KeyedChanges<Existing, Wanted> = {
    removed: existing.filter((item) => !wantedKeys.has(item.key)),
    updated: [],
    added: [],
  };
  wanted.forEach((item, position) => {
    const match = existingByKey.get(item.key);
    if (match) changes.updated.push({ existing: match, wanted: item, position });
    else changes.added.push({ wanted: item, position });
  });
  return changes;
}
