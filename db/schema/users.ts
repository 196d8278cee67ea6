import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestampOptions } from "./columns";

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  /** Stored lower-cased; unique. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  isAdmin: boolean("is_admin").notNull().default(false),
  createdAt: createdAt(),
  disabledAt: timestamp("disabled_at", timestampOptions),
});

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters, so that users can tell their tokens apart. */
    prefix: text("prefix").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", timestampOptions),
    revokedAt: timestamp("revoked_at", timestampOptions),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

/** Failed sign-ins, kept to rate-limit by account and by client address. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    /** `account:<email>` or `ip:<address>`. */
    key: text("key").notNull(),
    at: timestamp("at", timestampOptions)
      .notNull()
      .defaultNow(),
  },
  (t) => [index("login_failures_key_at_idx").on(t.key, t.at)],
);

/**
 * The answers to writes sent with an `Idempotency-Key`, stored in the write's own transaction and
 * kept a day: a write sent again because its answer was lost gets that answer instead of being
 * applied twice (lib/server/http/idempotent-writes.ts).
 */
export const idempotentAnswers = pgTable(
  "idempotent_answers",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** The method and path of the write, e.g. `PATCH /api/annotations/7`. */
    request: text("request").notNull(),
    /** The answer's JSON body; null for an answer without one (204). */
    body: text("body"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("idempotent_answers_user_key_idx").on(t.userId, t.key), index("idempotent_answers_created_idx").on(t.createdAt)],
);
