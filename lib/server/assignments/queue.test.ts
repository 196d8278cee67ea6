import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { assignments } from "@/db/schema";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { createSpan } from "@/lib/server/annotations/create-span";
import { submitDocument } from "@/lib/server/annotations/submit-document";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getQueue } from "./get-queue";
import { nextDocument } from "./next-document";
import { skipDocument } from "./skip-document";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

function setUp(documentCount: number, settings = {}) {
  const project = setUpAnnotationProject(db, { annotatorsPerDocument: 2, ...settings });
  const documentIds = Array.from({ length: documentCount }, (_, i) =>
    insertTestDocument(db, project.projectId, `Artikel ${i}: Tokajew sagte etwas.`, `Artikel ${i}`),
  );
  const carol = insertTestMember(db, project.projectId, "annotator");
  return { ...project, carol, documentIds };
}

const next = (caller: Parameters<typeof nextDocument>[0]["caller"], projectId: number) =>
  nextDocument({ caller, projectId }).documentId;

describe("the queue", () => {
  it("gives each document to at most annotatorsPerDocument annotators, finishing documents first", () => {
    const { alice, bob, carol, projectId, documentIds } = setUp(3);
    const [first, second, third] = documentIds;
    expect(next(alice, projectId)).toBe(first);
    // Alice has not finished her document: she gets it again.
    expect(next(alice, projectId)).toBe(first);
    // Bob joins Alice on the document nearest to its quota.
    expect(next(bob, projectId)).toBe(first);
    // The first document is full; Carol starts the second.
    expect(next(carol, projectId)).toBe(second);
    // Submitting hands out the next document right away.
    const submit = (caller: typeof alice, documentId: number | undefined) =>
      submitDocument({ caller, documentId: documentId! }).next?.documentId ?? null;
    expect(submit(alice, first)).toBe(second);
    expect(submit(bob, first)).toBe(third);
    expect(submit(alice, second)).toBe(third);
    // Bob and Alice fill the third document; nothing is left for Carol.
    expect(submit(carol, second)).toBeNull();
    expect(submit(bob, third)).toBeNull();
    expect(submit(alice, third)).toBeNull();
    expect(next(carol, projectId)).toBeNull();

    const perDocument = new Map<number, number>();
    for (const row of db.select().from(assignments).all()) {
      if (documentIds.includes(row.documentId)) perDocument.set(row.documentId, (perDocument.get(row.documentId) ?? 0) + 1);
    }
    expect([...perDocument.values()]).toEqual([2, 2, 2]);
  });

  it("frees a skipped document's place for another annotator and never offers it again to the skipper", () => {
    const { alice, bob, carol, projectId, documentIds } = setUp(2, { annotatorsPerDocument: 1 });
    const [first, second] = documentIds;
    expect(next(alice, projectId)).toBe(first);
    expect(skipDocument({ caller: alice, projectId, documentId: first! })).toEqual({
      status: "skipped",
      next: { documentId: second },
    });
    expect(next(bob, projectId)).toBe(first);
    expect(next(carol, projectId)).toBeNull();
    expect(() => createSpan({ caller: alice, documentId: first!, span: { layer: "claim", start: 0, end: 7, quote: "Artikel" } })).toThrowError(
      /skipped/,
    );
  });

  it("lists the caller's documents with their status and progress", () => {
    const { alice, projectId, documentIds } = setUp(3);
    const [first, second, third] = documentIds;
    createSpan({ caller: alice, documentId: third!, span: { layer: "claim", start: 0, end: 7, quote: "Artikel" } });
    expect(next(alice, projectId)).toBe(third);
    skipDocument({ caller: alice, projectId, documentId: third! });
    submitDocument({ caller: alice, documentId: first! });
    const queue = getQueue({ caller: alice, projectId });
    expect(queue.documents.map((d) => [d.id, d.status])).toEqual([
      [third, "skipped"],
      [first, "submitted"],
      [second, "assigned"],
    ]);
    expect(queue.documents[0]).toMatchObject({ title: "Artikel 2", language: "de", chars: 31 });
    expect(queue.progress).toEqual({ submitted: 1, total: 2 });
  });

  it("gives annotators restricted to their assignments only what a manager assigned", () => {
    const { admin, alice, projectId, documentIds } = setUp(2, { restrictToAssigned: true });
    expect(next(alice, projectId)).toBeNull();
    db.insert(assignments).values({ documentId: documentIds[1]!, userId: alice.id, assignedBy: admin.id }).run();
    expect(next(alice, projectId)).toBe(documentIds[1]);
    expect(() => skipDocument({ caller: alice, projectId, documentId: documentIds[0]! })).toThrowError("Document not found");
  });

  it("is for annotators of the project only", () => {
    const { projectId } = setUp(1);
    const reviewer = insertTestMember(db, projectId, "reviewer");
    expect(() => next(reviewer, projectId)).toThrowError(expect.objectContaining({ code: "forbidden" }));
    const outsider = setUpAnnotationProject(db).alice;
    expect(() => getQueue({ caller: outsider, projectId })).toThrowError(expect.objectContaining({ code: "not_found" }));
  });
});
