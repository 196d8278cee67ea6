import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .min(1, "DATABASE_URL must be a file path such as ./data/claimdesk.db")
    .refine((v) => !/^[a-z]+:\/\//i.test(v), "DATABASE_URL must be a file path, not a URL")
    .default("./data/claimdesk.db"),
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
  const file = path.join(path.dirname(path.resolve(vars.DATABASE_URL)), ".nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
