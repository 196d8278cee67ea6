import { timestamp } from "drizzle-orm/pg-core";

/**
 * Instants: `timestamptz` to the millisecond in PostgreSQL, milliseconds since the epoch in
 * SQLite (see db/engines/sqlite/derive-sqlite-tables.ts); a `Date` in code either way.
 */
export const timestampOptions = { withTimezone: true, precision: 3, mode: "date" } as const;

/** Set on insert. */
export const createdAt = () =>
  timestamp("created_at", timestampOptions)
    .notNull()
    .$defaultFn(() => new Date());

export const updatedAt = () =>
  timestamp("updated_at", timestampOptions)
    .notNull()
    .$defaultFn(() => new Date());
