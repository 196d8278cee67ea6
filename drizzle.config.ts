import { defineConfig } from "drizzle-kit";

// SQLite migrations, from the tables derived from the one schema description.
// PostgreSQL's come from drizzle.postgres.config.ts. `npm run db:generate` writes both.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/engines/sqlite/sqlite-schema.ts",
  out: "./db/migrations/sqlite",
});
