// Claimdesk's schema as described once, in PostgreSQL's terms: the tables of the PostgreSQL engine
// and of drizzle-kit's PostgreSQL migrations. SQLite's tables derive from it
// (db/engines/sqlite/sqlite-schema.ts); code reads either through db/schema.ts.
export * from "./schema/users";
export * from "./schema/projects";
export * from "./schema/label-schema";
export * from "./schema/catalog";
export * from "./schema/documents";
export * from "./schema/annotations";
export * from "./schema/events";
export * from "./schema/model-servers";
export * from "./schema/recommenders";
