import { beforeAll, describe, expect, it } from "vitest";
import { asc, count, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments } from "@/db/schema";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { createSpan } from "@/lib/server/annotations/create-span";
import { submitDocument } from "@/lib/server/annotations/submit-document";
import type { Caller } from "@/lib/server/auth/caller";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getQueue } from "./get-queue";
import { nextDocument } from "./next-document";
import { skipDocument } from "./skip-document";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

async function setUp(documentCount: number, settings = {}) {
  const project = await setUpAnnotationProject(db, { annotatorsPerDocument: 2, ...settings });
  const documentIds: number[] = [];
  for (let i = 0; i < documentCount; i += 1) {
    documentIds.push(await insertTestDocument(db, project.projectId, `Artikel ${i}: Tokajew sagte etwas.`, `Artikel ${i}`));
  }
  const carol = await insertTestMember(db, project.projectId, "annotator");
  return { ...project, carol, documentIds };
}

const next = async (caller: Caller, projectId: number) =>
  (await nextDocument({ caller, projectId })).documentId;

describe("the queue", () => {
  it("gives each document to at most annotatorsPerDocument annotators, finishing documents first", async () => {
    const { alice, bob, carol, projectId, documentIds } = await setUp(3);
    const [first, second, third] = documentIds;
    expect(await next(alice, projectId)).toBe(first);
    // Alice has not finished her document: she gets it again.
    expect(await next(alice, projectId)).toBe(first);
    // Bob joins Alice on the document nearest to its quota.
    expect(await next(bob, projectId)).toBe(first);
    // The first document is full; Carol starts the second.
    expect(await next(carol, projectId)).toBe(second);
    // Submitting hands out the next document right away.
    const submit = async (caller: typeof alice, documentId: number | undefined) =>
      (await submitDocument({ caller, documentId: documentId! })).next?.documentId ?? null;
    expect(await submit(alice, first)).toBe(second);
    expect(await submit(bob, first)).toBe(third);
    expect(await submit(alice, second)).toBe(third);
    // Bob and Alice fill the third document; nothing is left for Carol.
    expect(await submit(carol, second)).toBeNull();
    expect(await submit(bob, third)).toBeNull();
    expect(await submit(alice, third)).toBeNull();
    expect(await next(carol, projectId)).toBeNull();

    const perDocument = new Map<number, number>();
    for (const row of await db.select().from(assignments)) {
      if (documentIds.includes(row.documentId)) perDocument.set(row.documentId, (perDocument.get(row.documentId) ?? 0) + 1);
    }
    expect([...perDocument.values()]).toEqual([2, 2, 2]);
  });

  it("fills no document beyond its quota when many annotators ask at the same instant", async () => {
    const { projectId, documentIds } = await setUp(5);
    const annotators: Caller[] = [];
    for (let i = 0; i < 30; i += 1) annotators.push(await insertTestMember(db, projectId, "annotator"));
    const handedOut = await Promise.all(annotators.map((caller) => next(caller, projectId)));
    expect(handedOut.filter((documentId) => documentId !== null)).toHaveLength(10);
    const perDocument = await db
      .select({ documentId: assignments.documentId, count: count() })
      .from(assignments)
      .where(inArray(assignments.documentId, documentIds))
      .groupBy(assignments.documentId)
      .orderBy(asc(assignments.documentId));
    expect(perDocument).toEqual(documentIds.map((documentId) => ({ documentId, count: 2 })));
  });

  it("frees a skipped document's place for another annotator and never offers it again to the skipper", async () => {
    const { alice, bob, carol, projectId, documentIds } = await setUp(2, { annotatorsPerDocument: 1 });
    const [first, second] = documentIds;
    expect(await next(alice, projectId)).toBe(first);
    expect(await skipDocument({ caller: alice, projectId, documentId: first! })).toEqual({
      status: "skipped",
      next: { documentId: second },
    });
    expect(await next(bob, projectId)).toBe(first);
    expect(await next(carol, projectId)).toBeNull();
    await expect(createSpan({ caller: alice, documentId: first!, span: { layer: "claim", start: 0, end: 7, quote: "Artikel" } })).rejects.toThrowError(
      /skipped/,
    );
  });

  it("lists the caller's documents with their status and progress", async () => {
    const { alice, projectId, documentIds } = await setUp(3);
    const [first, second, third] = documentIds;
    await createSpan({ caller: alice, documentId: third!, span: { layer: "claim", start: 0, end: 7, quote: "Artikel" } });
    expect(await next(alice, projectId)).toBe(third);
    await skipDocument({ caller: alice, projectId, documentId: third! });
    await submitDocument({ caller: alice, documentId: first! });
    const queue = await getQueue({ caller: alice, projectId });
    expect(queue.documents.map((d) => [d.id, d.status])).toEqual([
      [third, "skipped"],
      [first, "submitted"],
      [second, "assigned"],
    ]);
    expect(queue.documents[0]).toMatchObject({ title: "Artikel 2", language: "de", chars: 31 });
    expect(queue.progress).toEqual({ submitted: 1, total: 2 });
  });

  it("gives annotators restricted to their assignments only what a manager assigned", async () => {
    const { admin, alice, projectId, documentIds } = await setUp(2, { restrictToAssigned: true });
    expect(await next(alice, projectId)).toBeNull();
    await db.insert(assignments).values({ documentId: documentIds[1]!, userId: alice.id, assignedBy: admin.id });
    expect(await next(alice, projectId)).toBe(documentIds[1]);
    await expect(skipDocument({ caller: alice, projectId, documentId: documentIds[0]! })).rejects.toThrowError("Document not found");
  });

  it("is for annotators of the project only", async () => {
    const { projectId } = await setUp(1);
    const reviewer = await insertTestMember(db, projectId, "reviewer");
    await expect(next(reviewer, projectId)).rejects.toThrowError(expect.objectContaining({ code: "forbidden" }));
    const outsider = (await setUpAnnotationProject(db)).alice;
    await expect(getQueue({ caller: outsider, projectId })).rejects.toThrowError(expect.objectContaining({ code: "not_found" }));
  });
});
