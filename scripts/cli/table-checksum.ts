import { createHash, type Hash } from "node:crypto";
import type { Engine } from "@/db/client";
import type { InstanceTable } from "./instance-tables";
import { type InstanceRow, readInKeyOrder } from "./read-in-key-order";

export interface TableChecksum {
  rows: number;
  /** SHA-256 (hex) over the table's rows in primary-key order, each serialised canonically. */
  sha256: string;
}

/**
 * A value as both engines give it alike: instants as milliseconds since the epoch, JSON with its
 * keys sorted (PostgreSQL's jsonb keeps its own key order), booleans and the rest as they are.
 */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, canonical(object[key])]),
    );
  }
  return value;
}

/** One line per row: the canonical values of the table's columns in declaration order. */
export function canonicalRow(table: InstanceTable, row: InstanceRow): string {
  return JSON.stringify(table.columns.map((key) => canonical(row[key] ?? null)));
}

/** Hashes rows handed to it in primary-key order. */
export class TableHasher {
  private readonly hash: Hash = createHash("sha256");
  private rows = 0;

  constructor(private readonly table: InstanceTable) {}

  add(rows: readonly InstanceRow[]): void {
    for (const row of rows) this.hash.update(`${canonicalRow(this.table, row)}\n`);
    this.rows += rows.length;
  }

  result(): TableChecksum {
    return { rows: this.rows, sha256: this.hash.digest("hex") };
  }
}

/** The checksum of a whole table as `engine` holds it. */
export async function checksumTable(engine: Engine, table: InstanceTable, batchSize: number): Promise<TableChecksum> {
  const hasher = new TableHasher(table);
  for await (const batch of readInKeyOrder(engine, table, batchSize)) hasher.add(batch);
  return hasher.result();
}
