import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { assignDocument } from "./assign-document";
import { listAssignments } from "./list-assignments";
import { skipDocument } from "./skip-document";
import { unassignDocument } from "./unassign-document";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

function setUp() {
  const project = setUpAnnotationProject(db);
  const documentId = insertTestDocument(db, project.projectId, "Tokajew sagte etwas.");
  return { ...project, documentId };
}

describe("managing assignments", () => {
  it("assigns by hand, lists who has what, and takes documents away", () => {
    const { admin, alice, bob, projectId, documentId } = setUp();
    const emptyDocument = insertTestDocument(db, projectId, "Nichts.");
    expect(assignDocument({ caller: admin, projectId, documentId, userId: alice.id })).toMatchObject({
      documentId,
      userId: alice.id,
      status: "assigned",
      assignedBy: admin.id,
    });
    assignDocument({ caller: admin, projectId, documentId, userId: bob.id });
    expect(() => assignDocument({ caller: admin, projectId, documentId, userId: bob.id })).toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
    const { documents } = listAssignments({ caller: admin, projectId });
    expect(documents.map((d) => [d.documentId, d.assignments.map((a) => [a.userId, a.status])])).toEqual([
      [documentId, [[alice.id, "assigned"], [bob.id, "assigned"]]],
      [emptyDocument, []],
    ]);
    unassignDocument({ caller: admin, projectId, documentId, userId: bob.id });
    expect(listAssignments({ caller: admin, projectId }).documents[0]?.assignments.map((a) => a.userId)).toEqual([alice.id]);
    expect(() => unassignDocument({ caller: admin, projectId, documentId, userId: bob.id })).toThrowError(
      "Assignment not found",
    );
  });

  it("hands a skipped document back to the annotator who skipped it", () => {
    const { admin, alice, projectId, documentId } = setUp();
    skipDocument({ caller: alice, projectId, documentId });
    expect(assignDocument({ caller: admin, projectId, documentId, userId: alice.id }).status).toBe("assigned");
  });

  it("assigns only to annotators of the project, documents of the project, for managers", () => {
    const { admin, alice, projectId, documentId } = setUp();
    const reviewer = insertTestMember(db, projectId, "reviewer");
    const other = setUp();
    expect(() => assignDocument({ caller: admin, projectId, documentId, userId: reviewer.id })).toThrowError(
      expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/not an annotator/) }),
    );
    expect(() => assignDocument({ caller: admin, projectId, documentId: other.documentId, userId: alice.id })).toThrowError(
      "Document not found",
    );
    expect(() => assignDocument({ caller: alice, projectId, documentId, userId: alice.id })).toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => listAssignments({ caller: alice, projectId })).toThrowError(expect.objectContaining({ code: "forbidden" }));
    expect(() => unassignDocument({ caller: other.admin, projectId: other.projectId, documentId, userId: alice.id })).toThrowError(
      "Assignment not found",
    );
  });
});
