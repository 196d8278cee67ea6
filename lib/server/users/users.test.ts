import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

describe("users", () => {
  it("lets admins create and list accounts", async () => {
    const admin = await insertTestUser(db, { isAdmin: true });
    const created = await createUser({ caller: admin, email: "New.Person@Example.com", name: "New Person", password: "long-enough-password" });
    expect(created).toMatchObject({ email: "new.person@example.com", isAdmin: false });
    const listed = (await listUsers({ caller: admin })).find((u) => u.id === created.id);
    expect(listed).toEqual({ ...created, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    await expect(
      createUser({ caller: admin, email: "new.person@example.com", name: "Again", password: "long-enough-password" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses both to non-admins", async () => {
    const user = await insertTestUser(db);
    await expect(listUsers({ caller: user })).rejects.toThrowError(expect.objectContaining({ code: "forbidden" }));
    await expect(
      createUser({ caller: user, email: "x@example.com", name: "X", password: "long-enough-password" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
