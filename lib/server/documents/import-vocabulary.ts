import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { catalogEntities, claims, entityAliases, entityTypes, relationTypes, stanceLabels } from "@/db/schema";
import { findLabel, labelKeyFor, planColoredLabel } from "@/lib/domain/formats/plan-label-types";
import { isSameCatalogText, normalizeCatalogText } from "@/lib/domain/project/catalog-text";
import type { ImportCreated } from "./import-report";

interface ColoredRow {
  id: number;
  key: string;
  name: string;
  color: string;
  hotkey: string | null;
  position: number;
}

interface Known {
  entityTypes: ColoredRow[];
  stanceLabels: ColoredRow[];
  relationTypes: { id: number; key: string; name: string; position: number }[];
  claims: { id: number; statement: string }[];
  entities: { id: number; name: string; externalId: string | null }[];
}

/**
 * The project's labels and catalogs as an import sees them: file labels, stances, relation
 * types, claims and entities are found by key, name or statement, and created when missing,
 * once per request. `created` lists what was added, for the report.
 */
export class ImportVocabulary {
  readonly created: ImportCreated = { entityTypes: [], stanceLabels: [], relationTypes: [], claims: 0, entities: 0 };

  private constructor(
    private readonly tx: Db,
    private readonly projectId: number,
    private readonly callerId: number,
    private readonly known: Known,
  ) {}

  /** Reads what the project has, inside the import's transaction. */
  static async load(tx: Db, projectId: number, callerId: number): Promise<ImportVocabulary> {
    const known: Known = {
      entityTypes: await tx.select().from(entityTypes).where(eq(entityTypes.projectId, projectId)),
      stanceLabels: await tx.select().from(stanceLabels).where(eq(stanceLabels.projectId, projectId)),
      relationTypes: await tx.select().from(relationTypes).where(eq(relationTypes.projectId, projectId)),
      claims: await tx.select({ id: claims.id, statement: claims.statement }).from(claims).where(eq(claims.projectId, projectId)),
      entities: await tx
        .select({ id: catalogEntities.id, name: catalogEntities.name, externalId: catalogEntities.externalId })
        .from(catalogEntities)
        .where(eq(catalogEntities.projectId, projectId)),
    };
    return new ImportVocabulary(tx, projectId, callerId, known);
  }

  async entityTypeId(label: string): Promise<number> {
    const known = findLabel(label, this.known.entityTypes);
    if (known) return known.id;
    const planned = planColoredLabel(label, [...this.known.entityTypes, ...this.known.stanceLabels]);
    const position = nextPosition(this.known.entityTypes);
    const row = firstRow(await this.tx.insert(entityTypes).values({ ...planned, projectId: this.projectId, position }).returning(), "entity type");
    this.known.entityTypes.push(row);
    this.created.entityTypes.push(row.key);
    return row.id;
  }

  async stanceKey(stance: string): Promise<string> {
    const known = findLabel(stance, this.known.stanceLabels);
    if (known) return known.key;
    const planned = planColoredLabel(stance, [...this.known.stanceLabels, ...this.known.entityTypes]);
    const position = nextPosition(this.known.stanceLabels);
    const row = firstRow(await this.tx.insert(stanceLabels).values({ ...planned, projectId: this.projectId, position }).returning(), "stance label");
    this.known.stanceLabels.push(row);
    this.created.stanceLabels.push(row.key);
    return row.key;
  }

  async relationTypeId(type: string): Promise<number> {
    const known = findLabel(type, this.known.relationTypes);
    if (known) return known.id;
    const keys = new Set(this.known.relationTypes.map((item) => item.key.toLowerCase()));
    const base = labelKeyFor(type);
    let key = base;
    for (let n = 2; keys.has(key.toLowerCase()); n++) key = `${base.slice(0, 30)}_${n}`;
    const rows = await this.tx
      .insert(relationTypes)
      .values({ key, name: type.trim().slice(0, 100) || key, directed: true, projectId: this.projectId, position: nextPosition(this.known.relationTypes) })
      .returning();
    const row = firstRow(rows, "relation type");
    this.known.relationTypes.push(row);
    this.created.relationTypes.push(row.key);
    return row.id;
  }

  async claimId(statement: string): Promise<number> {
    const known = this.known.claims.find((claim) => isSameCatalogText(claim.statement, statement));
    if (known) return known.id;
    const rows = await this.tx
      .insert(claims)
      .values({ projectId: this.projectId, statement: normalizeCatalogText(statement), status: "approved", proposedBy: this.callerId })
      .returning({ id: claims.id, statement: claims.statement });
    const row = firstRow(rows, "claim");
    this.known.claims.push(row);
    this.created.claims += 1;
    return row.id;
  }

  /** By external id when there is one, else by name; a new entity gets its name as an alias. */
  async entityId(entity: { name: string; externalId: string | null }, entityTypeId: number | null): Promise<number> {
    const externalId = entity.externalId?.trim() || null;
    const known = externalId
      ? this.known.entities.find((item) => item.externalId === externalId)
      : this.known.entities.find((item) => isSameCatalogText(item.name, entity.name));
    if (known) return known.id;
    const name = normalizeCatalogText(entity.name);
    const rows = await this.tx
      .insert(catalogEntities)
      .values({ projectId: this.projectId, name, entityTypeId, externalId })
      .returning({ id: catalogEntities.id, name: catalogEntities.name, externalId: catalogEntities.externalId });
    const row = firstRow(rows, "catalog entity");
    await this.tx.insert(entityAliases).values({ entityId: row.id, projectId: this.projectId, alias: name, language: null });
    this.known.entities.push(row);
    this.created.entities += 1;
    return row.id;
  }
}

function nextPosition(rows: readonly { position: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.position + 1), 0);
}
