import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { catalogEntities, claims, entityTypes, memberships, users } from "@/db/schema";
import type { ExportSpan } from "@/lib/domain/export/dataset-model";
import type { SpanRow } from "./export-rows/export-rows";

type EntityRef = NonNullable<ExportSpan["entity"]>;
type ClaimRef = NonNullable<ExportSpan["claim"]>;

const entityColumns = { id: catalogEntities.id, name: catalogEntities.name, externalId: catalogEntities.externalId };
const claimColumns = { id: claims.id, statement: claims.statement };

/**
 * Names behind the ids on spans (authors' emails, entity type keys, catalog entities, claims),
 * read once per export instead of joined onto each of a million span rows. Names that a batch
 * needs and the export has not seen (authors, rows created after the export began) are read
 * for the batch by `complete`, so that the look-ups themselves never wait.
 */
export class ExportLookups {
  private readonly emails = new Map<number, string>();
  private readonly entityTypeKeys = new Map<number, string>();
  private readonly entities = new Map<number, EntityRef>();
  private readonly claims = new Map<number, ClaimRef>();
  private readonly claimants = new Map<number, NonNullable<ExportSpan["claimant"]>>();

  private constructor(private readonly db: Db) {}

  /**
   * The project's members' emails, entity types, entities and claims: read before the export's
   * rows, so that `complete` rarely needs a query (on PostgreSQL, another pooled connection).
   */
  static async load(db: Db, projectId: number): Promise<ExportLookups> {
    const lookups = new ExportLookups(db);
    const members = await db
      .selectDistinct({ id: users.id, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.projectId, projectId));
    for (const row of members) lookups.emails.set(row.id, row.email);
    for (const row of await db.select({ id: entityTypes.id, key: entityTypes.key }).from(entityTypes).where(eq(entityTypes.projectId, projectId))) {
      lookups.entityTypeKeys.set(row.id, row.key);
    }
    for (const row of await db.select(entityColumns).from(catalogEntities).where(eq(catalogEntities.projectId, projectId))) {
      lookups.entities.set(row.id, row);
    }
    for (const row of await db.select(claimColumns).from(claims).where(eq(claims.projectId, projectId))) lookups.claims.set(row.id, row);
    return lookups;
  }

  /** Reads the names these spans use that are not known yet. */
  async complete(spans: readonly SpanRow[]): Promise<void> {
    const authors = new Set<number>();
    const types = new Set<number>();
    const entities = new Set<number>();
    const claimIds = new Set<number>();
    for (const [, , set, authorId, , , , , entityTypeId, entityId, claimId, , claimantEntityId] of spans) {
      if (set !== "gold" && !this.emails.has(authorId)) authors.add(authorId);
      if (entityTypeId !== null && !this.entityTypeKeys.has(entityTypeId)) types.add(entityTypeId);
      if (entityId !== null && !this.entities.has(entityId)) entities.add(entityId);
      if (claimantEntityId !== null && !this.entities.has(claimantEntityId)) entities.add(claimantEntityId);
      if (claimId !== null && !this.claims.has(claimId)) claimIds.add(claimId);
    }
    if (authors.size > 0) {
      for (const row of await this.db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, [...authors]))) {
        this.emails.set(row.id, row.email);
      }
    }
    if (types.size > 0) {
      const rows = await this.db.select({ id: entityTypes.id, key: entityTypes.key }).from(entityTypes).where(inArray(entityTypes.id, [...types]));
      for (const row of rows) this.entityTypeKeys.set(row.id, row.key);
    }
    if (entities.size > 0) {
      for (const row of await this.db.select(entityColumns).from(catalogEntities).where(inArray(catalogEntities.id, [...entities]))) {
        this.entities.set(row.id, row);
      }
    }
    if (claimIds.size > 0) {
      for (const row of await this.db.select(claimColumns).from(claims).where(inArray(claims.id, [...claimIds]))) this.claims.set(row.id, row);
    }
  }

  email(id: number): string {
    return this.emails.get(id) ?? "";
  }

  entityTypeKey(id: number | null): string | null {
    return id === null ? null : (this.entityTypeKeys.get(id) ?? null);
  }

  entity(id: number | null): EntityRef | null {
    return id === null ? null : (this.entities.get(id) ?? null);
  }

  /** The claimant: an entity reduced to id and name. */
  claimant(id: number | null): ExportSpan["claimant"] {
    if (id === null) return null;
    let claimant = this.claimants.get(id);
    if (!claimant) {
      const entity = this.entities.get(id);
      if (!entity) return null;
      claimant = { id: entity.id, name: entity.name };
      this.claimants.set(id, claimant);
    }
    return claimant;
  }

  claim(id: number | null): ClaimRef | null {
    return id === null ? null : (this.claims.get(id) ?? null);
  }
}
