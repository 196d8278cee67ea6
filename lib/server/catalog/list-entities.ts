import "server-only";
import { getDb } from "@/db/client";
import { matchesSearch } from "@/lib/domain/project/catalog-text";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { type EntityView, readEntities } from "./entity-view";

/**
 * Any member browses the entity catalog. `query` matches the name or any alias, in any
 * case: "tokajew" finds Tokayev through his German alias.
 */
export async function listEntities(options: {
  caller: Caller;
  projectId: number;
  query?: string;
}): Promise<EntityView[]> {
  const { caller, projectId, query } = options;
  await requireProjectRole(caller, projectId);
  const items = await readEntities(getDb(), projectId);
  if (!query) return items;
  return items.filter(
    (entity) => matchesSearch(entity.name, query) || entity.aliases.some((a) => matchesSearch(a.alias, query)),
  );
}
