import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { engineKindOf } from "@/db/engine-kind";

/** A file path for SQLite, or `postgres://user:password@host:port/database` for PostgreSQL. */
function checkDatabaseUrl(value: string, ctx: z.RefinementCtx): void {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return;
  if (!/^postgres(ql)?:\/\//i.test(value)) {
    ctx.addIssue({ code: "custom", message: "DATABASE_URL must be an SQLite file path or a postgres:// URL" });
    return;
  }
  try {
    const url = new URL(value);
    if (!url.hostname) ctx.addIssue({ code: "custom", message: "DATABASE_URL names no PostgreSQL host" });
    if (url.pathname.length <= 1) ctx.addIssue({ code: "custom", message: "DATABASE_URL names no PostgreSQL database (postgres://user:password@host:5432/database)" });
  } catch {
    ctx.addIssue({ code: "custom", message: "DATABASE_URL is not a valid postgres:// URL (postgres://user:password@host:5432/database)" });
  }
}

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .min(1, "DATABASE_URL must be an SQLite file path such as ./data/claimdesk.db or a postgres:// URL")
    .superRefine(checkDatabaseUrl)
    .default("./data/claimdesk.db"),
  DATABASE_POOL_SIZE: z.coerce
    .number("DATABASE_POOL_SIZE must be a number")
    .int("DATABASE_POOL_SIZE must be a whole number")
    .min(1, "DATABASE_POOL_SIZE must be at least 1")
    .max(1000, "DATABASE_POOL_SIZE must be at most 1000")
    .default(10),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be an absolute URL").optional(),
  CLAIMDESK_DEMO: z.enum(["0", "1"], "CLAIMDESK_DEMO must be 0 or 1").default("1"),
  CLAIMDESK_MAX_UPLOAD_MB: z.coerce
    .number("CLAIMDESK_MAX_UPLOAD_MB must be a number")
    .positive("CLAIMDESK_MAX_UPLOAD_MB must be positive")
    .default(20),
  /** `1` lets a server without NEXTAUTH_SECRET keep a generated one under the data folder. */
  CLAIMDESK_LOCAL_SECRET: z.enum(["0", "1"], "CLAIMDESK_LOCAL_SECRET must be 0 or 1").default("0"),
  PORT: z.coerce.number("PORT must be a number").int().min(1).max(65535).default(3000),
});

export type Env = z.infer<typeof envSchema> & { NEXTAUTH_SECRET: string };

let cached: Env | undefined;

/** Validated environment; fails start-up with one clear message per bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  const secret = parsed.data.NEXTAUTH_SECRET ?? localSecret(parsed.data);
  cached = { ...parsed.data, NEXTAUTH_SECRET: secret };
  // next-auth reads both from process.env; without a URL it would assume port 3000.
  process.env.NEXTAUTH_SECRET = secret;
  process.env.NEXTAUTH_URL ??= `http://localhost:${parsed.data.PORT}`;
  return cached;
}

/**
 * Outside production (and for `npm start`, which sets CLAIMDESK_LOCAL_SECRET=1) a missing
 * secret is generated once and kept beside the database, so that the first start needs no
 * configuration and sessions survive restarts.
 */
function localSecret(vars: z.infer<typeof envSchema>): string {
  const isBuild = process.env.NEXT_PHASE === "phase-production-build";
  if (vars.NODE_ENV === "production" && !isBuild && vars.CLAIMDESK_LOCAL_SECRET !== "1") {
    throw new Error(
      "Invalid environment variables:\n  NEXTAUTH_SECRET: required in production (generate one with `openssl rand -base64 32`)",
    );
  }
  // Beside an SQLite file; for PostgreSQL in ./data, which servers started from one folder share.
  const folder = engineKindOf(vars.DATABASE_URL) === "sqlite" ? path.dirname(path.resolve(vars.DATABASE_URL)) : path.resolve("data");
  const file = path.join(folder, ".nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
