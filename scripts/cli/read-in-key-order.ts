import { type SQL, sql } from "drizzle-orm";
import type { Engine } from "@/db/client";
import { keyOrderExpression } from "./instance-engine-sql";
import { columnOf, type InstanceTable } from "./instance-tables";

export type InstanceRow = Record<string, unknown>;

/**
 * Every row of `table` in primary-key order, `batchSize` at a time. Each batch starts after the
 * last key of the one before (keyset paging), so reading stays fast to the end of a large table.
 */
export async function* readInKeyOrder(engine: Engine, table: InstanceTable, batchSize: number): AsyncGenerator<InstanceRow[]> {
  const keys = table.primaryKey.map((key) => ({ key, order: keyOrderExpression(engine.kind, columnOf(table, engine.kind, key)) }));
  const from = table.on(engine.kind);
  let after: SQL | undefined;
  for (;;) {
    const query = engine.db.select().from(from);
    const batch: InstanceRow[] = await (after ? query.where(after) : query)
      .orderBy(...keys.map(({ order }) => order))
      .limit(batchSize);
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    const last = batch[batch.length - 1] ?? {};
    // A row value; around one key just a parenthesised expression. Both engines compare row values.
    const tuple = (parts: SQL[]) => sql`(${sql.join(parts, sql`, `)})`;
    after = sql`${tuple(keys.map(({ order }) => order))} > ${tuple(keys.map(({ key }) => sql`${last[key]}`))}`;
  }
}
