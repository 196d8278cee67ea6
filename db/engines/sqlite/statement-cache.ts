import type Database from "better-sqlite3";

const capacity = 500;

/** Prepared statements by SQL text, the most recently used kept, so that a query is compiled once. */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {}

  get(query: string): Database.Statement {
    let statement = this.statements.get(query);
    if (statement) {
      this.statements.delete(query);
    } else {
      statement = this.sqlite.prepare(query);
      if (this.statements.size >= capacity) {
        const oldest = this.statements.keys().next().value;
        if (oldest !== undefined) this.statements.delete(oldest);
      }
    }
    this.statements.set(query, statement);
    return statement;
  }
}
