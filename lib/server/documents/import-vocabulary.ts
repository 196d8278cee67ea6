import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { catalogEntities, claims, entityAliases, entityTypes, relationTypes, stanceLabels } from "@/db/schema";
import { findLabel, labelKeyFor, planColoredLabel } from "@/lib/domain/formats/plan-label-types";
import { isSameCatalogText, normalizeCatalogText } from "@/lib/domain/project/catalog-text";
import type { ImportCreated } from "./import-report";

type Tx = Pick<Db, "select" | "insert">;

interface ColoredRow {
  id: number;
  key: string;
  name: string;
  color: string;
  hotkey: string | null;
  position: number;
}

/**
 * The project's labels and catalogs as an import sees them: file labels, stances, relation
 * types, claims and entities are found by key, name or statement, and created when missing,
 * once per request. `created` lists what was added, for the report.
 */
export class ImportVocabulary {
  readonly created: ImportCreated = { entityTypes: [], stanceLabels: [], relationTypes: [], claims: 0, entities: 0 };
  private readonly entityTypes: ColoredRow[];
  private readonly stanceLabels: ColoredRow[];
  private readonly relationTypes: { id: number; key: string; name: string; position: number }[];
  private readonly claims: { id: number; statement: string }[];
  private readonly entities: { id: number; name: string; externalId: string | null }[];

  constructor(
    private readonly tx: Tx,
    private readonly projectId: number,
    private readonly callerId: number,
  ) {
    this.entityTypes = tx.select().from(entityTypes).where(eq(entityTypes.projectId, projectId)).all();
    this.stanceLabels = tx.select().from(stanceLabels).where(eq(stanceLabels.projectId, projectId)).all();
    this.relationTypes = tx.select().from(relationTypes).where(eq(relationTypes.projectId, projectId)).all();
    this.claims = tx.select({ id: claims.id, statement: claims.statement }).from(claims).where(eq(claims.projectId, projectId)).all();
    this.entities = tx
      .select({ id: catalogEntities.id, name: catalogEntities.name, externalId: catalogEntities.externalId })
      .from(catalogEntities)
      .where(eq(catalogEntities.projectId, projectId))
      .all();
  }

  entityTypeId(label: string): number {
    const known = findLabel(label, this.entityTypes);
    if (known) return known.id;
    const planned = planColoredLabel(label, [...this.entityTypes, ...this.stanceLabels]);
    const position = nextPosition(this.entityTypes);
    const row = this.tx.insert(entityTypes).values({ ...planned, projectId: this.projectId, position }).returning().get();
    this.entityTypes.push(row);
    this.created.entityTypes.push(row.key);
    return row.id;
  }

  stanceKey(stance: string): string {
    const known = findLabel(stance, this.stanceLabels);
    if (known) return known.key;
    const planned = planColoredLabel(stance, [...this.stanceLabels, ...this.entityTypes]);
    const position = nextPosition(this.stanceLabels);
    const row = this.tx.insert(stanceLabels).values({ ...planned, projectId: this.projectId, position }).returning().get();
    this.stanceLabels.push(row);
    this.created.stanceLabels.push(row.key);
    return row.key;
  }

  relationTypeId(type: string): number {
    const known = findLabel(type, this.relationTypes);
    if (known) return known.id;
    const keys = new Set(this.relationTypes.map((item) => item.key.toLowerCase()));
    const base = labelKeyFor(type);
    let key = base;
    for (let n = 2; keys.has(key.toLowerCase()); n++) key = `${base.slice(0, 30)}_${n}`;
    const row = this.tx
      .insert(relationTypes)
      .values({ key, name: type.trim().slice(0, 100) || key, directed: true, projectId: this.projectId, position: nextPosition(this.relationTypes) })
      .returning()
      .get();
    this.relationTypes.push(row);
    this.created.relationTypes.push(row.key);
    return row.id;
  }

  claimId(statement: string): number {
    const known = this.claims.find((claim) => isSameCatalogText(claim.statement, statement));
    if (known) return known.id;
    const row = this.tx
      .insert(claims)
      .values({ projectId: this.projectId, statement: normalizeCatalogText(statement), status: "approved", proposedBy: this.callerId })
      .returning({ id: claims.id, statement: claims.statement })
      .get();
    this.claims.push(row);
    this.created.claims += 1;
    return row.id;
  }

  /** By external id when there is one, else by name; a new entity gets its name as an alias. */
  entityId(entity: { name: string; externalId: string | null }, entityTypeId: number | null): number {
    const externalId = entity.externalId?.trim() || null;
    const known = externalId
      ? this.entities.find((item) => item.externalId === externalId)
      : this.entities.find((item) => isSameCatalogText(item.name, entity.name));
    if (known) return known.id;
    const name = normalizeCatalogText(entity.name);
    const row = this.tx
      .insert(catalogEntities)
      .values({ projectId: this.projectId, name, entityTypeId, externalId })
      .returning({ id: catalogEntities.id, name: catalogEntities.name, externalId: catalogEntities.externalId })
      .get();
    this.tx.insert(entityAliases).values({ entityId: row.id, projectId: this.projectId, alias: name, language: null }).run();
    this.entities.push(row);
    this.created.entities += 1;
    return row.id;
  }
}

function nextPosition(rows: readonly { position: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.position + 1), 0);
}
