import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getEngine } from "@/db/client";
import { users } from "@/db/schema";
import { insertTestUser, useTestDatabase } from "./test-database";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

describe("the test database", () => {
  it("is a new, migrated database of the engine that DATABASE_URL selected when the file loaded", async () => {
    const engine = getEngine();
    expect(engine.kind).toBe(process.env.CLAIMDESK_TEST_POSTGRES_RUN ? "postgres" : "sqlite");
    expect(await db.select().from(users)).toEqual([]);
    const caller = await insertTestUser(db, { email: "first@test.example" });
    const [stored] = await db.select({ email: users.email }).from(users).where(eq(users.id, caller.id));
    expect(stored).toEqual({ email: "first@test.example" });
  });
});
