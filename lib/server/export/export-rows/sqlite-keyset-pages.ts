import "server-only";
import type Database from "better-sqlite3";
import type { SqliteConnection } from "@/db/engines/sqlite/open-sqlite";
import { type JsonlLinesOptions, sqlitePageParams } from "./export-rows";

export type SqlitePageParams = ReturnType<typeof sqlitePageParams> & { afterId: number };

/** One keyset page: the ids of the documents it went through, in order, and what it yields (null: nothing). */
export interface SqlitePage<T> {
  ids: readonly number[];
  value: T | null;
}

/**
 * The pages of `batchSize` documents that `options` select, in id order, each read in one turn
 * on the connection: `prepare` runs once, on the connection's first turn; `readPage` reads the
 * page after `params.afterId`. Ends at the first page shorter than `batchSize`.
 */
export async function* sqliteKeysetPages<S, T>(
  connection: SqliteConnection,
  options: JsonlLinesOptions,
  prepare: (sqlite: Database.Database) => S,
  readPage: (statements: S, params: SqlitePageParams) => SqlitePage<T>,
): AsyncGenerator<T> {
  const params = sqlitePageParams(options);
  let statements: S | undefined;
  let afterId = 0;
  for (;;) {
    const page = await connection.withConnection((sqlite) => {
      statements ??= prepare(sqlite);
      return readPage(statements, { ...params, afterId });
    });
    if (page.ids.length === 0) return;
    afterId = Math.max(...page.ids);
    if (page.value !== null) yield page.value;
    if (page.ids.length < options.batchSize) return;
  }
}
