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
beforeAll(() => {
  db = useTestDatabase();
});

function setUp() {
  const admin = insertTestUser(db, { isAdmin: true });
  const project = createProject({ caller: admin, name: "Members" });
  return { admin, projectId: project.id };
}

describe("members", () => {
  it("adds roles to an existing account by email, keeping earlier roles, and lists members", () => {
    const { admin, projectId } = setUp();
    const alice = insertTestUser(db);
    expect(addMember({ caller: admin, projectId, email: alice.email.toUpperCase(), roles: ["annotator"] }).roles).toEqual([
      "annotator",
    ]);
    const member = addMember({ caller: admin, projectId, email: alice.email, roles: ["reviewer", "annotator"] });
    expect(member).toEqual({ userId: alice.id, email: alice.email, name: alice.name, roles: ["reviewer", "annotator"] });
    expect(listMembers({ caller: admin, projectId }).map((m) => m.userId).sort()).toEqual([admin.id, alice.id].sort());
    const audit = db
      .select()
      .from(events)
      .where(and(eq(events.projectId, projectId), eq(events.action, "member.add")))
      .all();
    expect(audit.at(-1)?.before).toMatchObject({ roles: ["annotator"] });
    expect(audit.at(-1)?.after).toMatchObject({ roles: ["reviewer", "annotator"] });
  });

  it("answers 404 with a helpful message for an unknown email", () => {
    const { admin, projectId } = setUp();
    expect(() => addMember({ caller: admin, projectId, email: "ghost@test.example", roles: ["annotator"] })).toThrowError(
      "No user with the email ghost@test.example; an admin can create the account",
    );
  });

  it("replaces roles and removes members", () => {
    const { admin, projectId } = setUp();
    const bob = insertTestUser(db);
    addMember({ caller: admin, projectId, email: bob.email, roles: ["annotator"] });
    expect(updateMemberRoles({ caller: admin, projectId, userId: bob.id, roles: ["manager"] }).roles).toEqual(["manager"]);
    removeMember({ caller: admin, projectId, userId: bob.id });
    expect(listMembers({ caller: admin, projectId }).map((m) => m.userId)).toEqual([admin.id]);
    expect(() => removeMember({ caller: admin, projectId, userId: bob.id })).toThrowError("Member not found");
  });

  it("keeps at least one manager", () => {
    const { admin, projectId } = setUp();
    expect(() => removeMember({ caller: admin, projectId, userId: admin.id })).toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
    expect(() => updateMemberRoles({ caller: admin, projectId, userId: admin.id, roles: ["annotator"] })).toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
    expect(listMembers({ caller: admin, projectId })[0]?.roles).toEqual(["manager"]);
  });

  it("lets only managers manage members, and hides the project from non-members", () => {
    const { admin, projectId } = setUp();
    const annotator = insertTestUser(db);
    const outsider = insertTestUser(db);
    addMember({ caller: admin, projectId, email: annotator.email, roles: ["annotator", "reviewer"] });
    expect(() => listMembers({ caller: annotator, projectId })).toThrowError(expect.objectContaining({ code: "forbidden" }));
    expect(() => addMember({ caller: annotator, projectId, email: outsider.email, roles: ["manager"] })).toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => listMembers({ caller: outsider, projectId })).toThrowError(expect.objectContaining({ code: "not_found" }));
    expect(() => removeMember({ caller: outsider, projectId, userId: admin.id })).toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
