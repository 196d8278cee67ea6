import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { assignDocument } from "./assign-document";
import { listAssignments } from "./list-assignments";
import { skipDocument } from "./skip-document";
import { unassignDocument } from "./unassign-document";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

async function setUp() {
  const project = await setUpAnnotationProject(db);
  const documentId = await insertTestDocument(db, project.projectId, "Tokajew sagte etwas.");
  return { ...project, documentId };
}

describe("managing assignments", () => {
  it("assigns by hand, lists who has what, and takes documents away", async () => {
    const { admin, alice, bob, projectId, documentId } = await setUp();
    const emptyDocument = await insertTestDocument(db, projectId, "Nichts.");
    expect(await assignDocument({ caller: admin, projectId, documentId, userId: alice.id })).toMatchObject({
      documentId,
      userId: alice.id,
      status: "assigned",
      assignedBy: admin.id,
    });
    await assignDocument({ caller: admin, projectId, documentId, userId: bob.id });
    await expect(assignDocument({ caller: admin, projectId, documentId, userId: bob.id })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
    const { documents } = await listAssignments({ caller: admin, projectId });
    expect(documents.map((d) => [d.documentId, d.assignments.map((a) => [a.userId, a.status])])).toEqual([
      [documentId, [[alice.id, "assigned"], [bob.id, "assigned"]]],
      [emptyDocument, []],
    ]);
    await unassignDocument({ caller: admin, projectId, documentId, userId: bob.id });
    expect((await listAssignments({ caller: admin, projectId })).documents[0]?.assignments.map((a) => a.userId)).toEqual([alice.id]);
    await expect(unassignDocument({ caller: admin, projectId, documentId, userId: bob.id })).rejects.toThrowError(
      "Assignment not found",
    );
  });

  it("hands a skipped document back to the annotator who skipped it", async () => {
    const { admin, alice, projectId, documentId } = await setUp();
    await skipDocument({ caller: alice, projectId, documentId });
    expect((await assignDocument({ caller: admin, projectId, documentId, userId: alice.id })).status).toBe("assigned");
  });

  it("assigns only to annotators of the project, documents of the project, for managers", async () => {
    const { admin, alice, projectId, documentId } = await setUp();
    const reviewer = await insertTestMember(db, projectId, "reviewer");
    const other = await setUp();
    await expect(assignDocument({ caller: admin, projectId, documentId, userId: reviewer.id })).rejects.toThrowError(
      expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/not an annotator/) }),
    );
    await expect(assignDocument({ caller: admin, projectId, documentId: other.documentId, userId: alice.id })).rejects.toThrowError(
      "Document not found",
    );
    await expect(assignDocument({ caller: alice, projectId, documentId, userId: alice.id })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    await expect(listAssignments({ caller: alice, projectId })).rejects.toThrowError(expect.objectContaining({ code: "forbidden" }));
    await expect(unassignDocument({ caller: other.admin, projectId: other.projectId, documentId, userId: alice.id })).rejects.toThrowError(
      "Assignment not found",
    );
  });
});
