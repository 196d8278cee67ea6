import "server-only";
import type Database from "better-sqlite3";
import type { ExportSpan } from "@/lib/domain/export/dataset-model";

type EntityRef = NonNullable<ExportSpan["entity"]>;
type ClaimRef = NonNullable<ExportSpan["claim"]>;

/**
 * Names behind the ids on spans (authors' emails, entity type keys, catalog entities, claims),
 * read once per export instead of joined onto each of a million span rows. A row created
 * after the export began is fetched on first use.
 */
export class ExportLookups {
  private readonly emails = new Map<number, string>();
  private readonly entityTypeKeys = new Map<number, string>();
  private readonly entities = new Map<number, EntityRef>();
  private readonly claims = new Map<number, ClaimRef>();
  private readonly claimants = new Map<number, NonNullable<ExportSpan["claimant"]>>();
  private readonly statements;

  constructor(sqlite: Database.Database, projectId: number) {
    this.statements = {
      email: sqlite.prepare<[number], { email: string }>("SELECT email FROM users WHERE id = ?"),
      entityType: sqlite.prepare<[number], { key: string }>("SELECT key FROM entity_types WHERE id = ?"),
      entity: sqlite.prepare<[number], EntityRef>("SELECT id, name, external_id AS externalId FROM catalog_entities WHERE id = ?"),
      claim: sqlite.prepare<[number], ClaimRef>("SELECT id, statement FROM claims WHERE id = ?"),
    };
    for (const row of sqlite.prepare<[number], { id: number; key: string }>("SELECT id, key FROM entity_types WHERE project_id = ?").iterate(projectId)) {
      this.entityTypeKeys.set(row.id, row.key);
    }
    for (const row of sqlite.prepare<[number], EntityRef>("SELECT id, name, external_id AS externalId FROM catalog_entities WHERE project_id = ?").iterate(projectId)) {
      this.entities.set(row.id, row);
    }
    for (const row of sqlite.prepare<[number], ClaimRef>("SELECT id, statement FROM claims WHERE project_id = ?").iterate(projectId)) {
      this.claims.set(row.id, row);
    }
  }

  email(id: number): string {
    return cached(this.emails, id, () => this.statements.email.get(id)?.email) ?? "";
  }

  entityTypeKey(id: number | null): string | null {
    return id === null ? null : cached(this.entityTypeKeys, id, () => this.statements.entityType.get(id)?.key);
  }

  entity(id: number | null): EntityRef | null {
    return id === null ? null : cached(this.entities, id, () => this.statements.entity.get(id));
  }

  /** The claimant: an entity reduced to id and name. */
  claimant(id: number | null): ExportSpan["claimant"] {
    if (id === null) return null;
    return cached(this.claimants, id, () => {
      const entity = this.entity(id);
      return entity ? { id: entity.id, name: entity.name } : undefined;
    });
  }

  claim(id: number | null): ClaimRef | null {
    return id === null ? null : cached(this.claims, id, () => this.statements.claim.get(id));
  }
}

function cached<T>(map: Map<number, T>, id: number, load: () => T | undefined): T | null {
  const hit = map.get(id);
  if (hit !== undefined) return hit;
  const loaded = load();
  if (loaded === undefined) return null;
  map.set(id, loaded);
  return loaded;
}
