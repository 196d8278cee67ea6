import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { addMember } from "./add-member";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";
import { updateMemberRoles } from "./update-member-roles";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

async function setUp() {
  const admin = await insertTestUser(db, { isAdmin: true });
  const project = await createProject({ caller: admin, name: "Members" });
  return { admin, projectId: project.id };
}

describe("members", () => {
  it("adds roles to an existing account by email, keeping earlier roles, and lists members", async () => {
    const { admin, projectId } = await setUp();
    const alice = await insertTestUser(db);
    expect((await addMember({ caller: admin, projectId, email: alice.email.toUpperCase(), roles: ["annotator"] })).roles).toEqual([
      "annotator",
    ]);
    const member = await addMember({ caller: admin, projectId, email: alice.email, roles: ["reviewer", "annotator"] });
    expect(member).toEqual({ userId: alice.id, email: alice.email, name: alice.name, roles: ["reviewer", "annotator"] });
    expect((await listMembers({ caller: admin, projectId })).map((m) => m.userId).sort()).toEqual([admin.id, alice.id].sort());
    const audit = await db
      .select()
      .from(events)
      .where(and(eq(events.projectId, projectId), eq(events.action, "member.add")))
      .orderBy(events.id);
    expect(audit.at(-1)?.before).toMatchObject({ roles: ["annotator"] });
    expect(audit.at(-1)?.after).toMatchObject({ roles: ["reviewer", "annotator"] });
  });

  it("answers 404 with a helpful message for an unknown email", async () => {
    const { admin, projectId } = await setUp();
    await expect(addMember({ caller: admin, projectId, email: "ghost@test.example", roles: ["annotator"] })).rejects.toThrowError(
      "No user with the email ghost@test.example; an admin can create the account",
    );
  });

  it("replaces roles and removes members", async () => {
    const { admin, projectId } = await setUp();
    const bob = await insertTestUser(db);
    await addMember({ caller: admin, projectId, email: bob.email, roles: ["annotator"] });
    expect((await updateMemberRoles({ caller: admin, projectId, userId: bob.id, roles: ["manager"] })).roles).toEqual(["manager"]);
    await removeMember({ caller: admin, projectId, userId: bob.id });
    expect((await listMembers({ caller: admin, projectId })).map((m) => m.userId)).toEqual([admin.id]);
    await expect(removeMember({ caller: admin, projectId, userId: bob.id })).rejects.toThrowError("Member not found");
  });

  it("keeps at least one manager", async () => {
    const { admin, projectId } = await setUp();
    await expect(removeMember({ caller: admin, projectId, userId: admin.id })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
    await expect(updateMemberRoles({ caller: admin, projectId, userId: admin.id, roles: ["annotator"] })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
    expect((await listMembers({ caller: admin, projectId }))[0]?.roles).toEqual(["manager"]);
  });

  it("lets only managers manage members, and hides the project from non-members", async () => {
    const { admin, projectId } = await setUp();
    const annotator = await insertTestUser(db);
    const outsider = await insertTestUser(db);
    await addMember({ caller: admin, projectId, email: annotator.email, roles: ["annotator", "reviewer"] });
    await expect(listMembers({ caller: annotator, projectId })).rejects.toThrowError(expect.objectContaining({ code: "forbidden" }));
    await expect(addMember({ caller: annotator, projectId, email: outsider.email, roles: ["manager"] })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    await expect(listMembers({ caller: outsider, projectId })).rejects.toThrowError(expect.objectContaining({ code: "not_found" }));
    await expect(removeMember({ caller: outsider, projectId, userId: admin.id })).rejects.toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
