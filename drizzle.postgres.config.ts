import { defineConfig } from "drizzle-kit";

// PostgreSQL migrations, from the one schema description. SQLite's come from drizzle.config.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/postgres-schema.ts",
  out: "./db/migrations/postgres",
});
