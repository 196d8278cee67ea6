import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, events } from "@/db/schema";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "./annotation-test-fixtures";
import { createSpan } from "./create-span";
import { deleteSpan } from "./delete-span";
import { listAnnotations } from "./list-annotations";
import { restoreSpan } from "./restore-span";
import { updateSpan } from "./update-span";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const text = "😀 Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";

async function setUp(settings = {}) {
  const project = await setUpAnnotationProject(db, settings);
  const documentId = await insertTestDocument(db, project.projectId, text);
  const tokajew = { layer: "entity" as const, start: 12, end: 19, quote: "Tokajew", entityTypeId: project.personTypeId };
  return { ...project, documentId, tokajew };
}

const code = (code: string) => expect.objectContaining({ code });

describe("creating spans", () => {
  it("stores a span in the caller's own set with code-point offsets and version 1, and starts the assignment", async () => {
    const { alice, documentId, tokajew, tokayevId } = await setUp();
    const span = await createSpan({ caller: alice, documentId, span: { ...tokajew, entityId: tokayevId } });
    expect(span).toMatchObject({ ...tokajew, entityId: tokayevId, authorId: alice.id, version: 1, origin: "manual" });
    expect(await listAnnotations({ caller: alice, documentId })).toMatchObject({ spans: [{ id: span.id }], status: "in_progress" });
    expect((await db.select().from(events).where(eq(events.subjectId, span.id))).map((e) => e.action)).toContain(
      "annotation.create",
    );
  });

  it("moves an assigned document to in progress", async () => {
    const { alice, documentId, tokajew } = await setUp();
    await db.insert(assignments).values({ documentId, userId: alice.id });
    expect((await listAnnotations({ caller: alice, documentId })).status).toBe("assigned");
    await createSpan({ caller: alice, documentId, span: tokajew });
    expect((await listAnnotations({ caller: alice, documentId })).status).toBe("in_progress");
  });

  it("starts one assignment when several first spans arrive at once", async () => {
    const { alice, documentId, tokajew } = await setUp();
    const spans = await Promise.all(Array.from({ length: 5 }, () => createSpan({ caller: alice, documentId, span: tokajew })));
    expect(new Set(spans.map((span) => span.id)).size).toBe(5);
    expect(await db.select().from(assignments).where(eq(assignments.documentId, documentId))).toMatchObject([
      { userId: alice.id, status: "in_progress" },
    ]);
  });

  it.each([
    ["offsets outside the text", { start: 60, end: 99, quote: "x" }, /outside the text/],
    ["end before start", { start: 19, end: 12, quote: "" }, /end after it starts/],
    ["a quote counted in UTF-16 units", { start: 13, end: 20, quote: "Tokajew" }, /differs from the text/],
    ["fractional offsets", { start: 12.5, end: 19, quote: "Tokajew" }, /whole numbers/],
    ["an entity span without a type", { entityTypeId: undefined }, /need an entityTypeId/],
    ["claim fields on an entity span", { stance: "favor" }, /entity spans cannot have stance/],
    ["an unknown entity type", { entityTypeId: 999_999 }, /Entity type 999999 is not part of this project/],
  ])("refuses %s with a 422", async (_, change, message) => {
    const { alice, documentId, tokajew } = await setUp();
    await expect(createSpan({ caller: alice, documentId, span: { ...tokajew, ...change } })).rejects.toThrowError(
      expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(message) }),
    );
    expect(await listAnnotations({ caller: alice, documentId })).toMatchObject({ spans: [], status: "unassigned" });
  });

  it("refuses claim spans pointing at another project's catalog, unknown stances and foreign claimants", async () => {
    const { alice, bob, documentId, claimId, tokajew } = await setUp();
    const other = await setUpAnnotationProject(db);
    const claim = { layer: "claim" as const, start: 27, end: 65, quote: "Kasachstan unterstützt die Sanktionen." };
    const refuses = (fields: object, message: RegExp) =>
      expect(createSpan({ caller: alice, documentId, span: { ...claim, ...fields } })).rejects.toThrowError(
        expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(message) }),
      );
    await refuses({ claimId: other.claimId }, /Claim \d+ is not part of this project/);
    await refuses({ claimantEntityId: other.tokayevId }, /Entity \d+ is not part of this project/);
    await refuses({ stance: "enthusiastic" }, /"enthusiastic" is not one of this project's stance keys/);
    await refuses({ entityTypeId: tokajew.entityTypeId }, /claim spans cannot have entityTypeId/);
    const bobsMention = await createSpan({ caller: bob, documentId, span: tokajew });
    await refuses({ claimantMentionId: bobsMention.id }, /not one of your entity spans/);
    const ownMention = await createSpan({ caller: alice, documentId, span: tokajew });
    const span = await createSpan({
      caller: alice,
      documentId,
      span: { ...claim, claimId, stance: "favor", claimantMentionId: ownMention.id },
    });
    expect(span).toMatchObject({ claimantMentionId: ownMention.id, stance: "favor" });
  });

  it("refuses an entity type or entity of another project", async () => {
    const { alice, documentId, tokajew } = await setUp();
    const other = await setUpAnnotationProject(db);
    await expect(
      createSpan({ caller: alice, documentId, span: { ...tokajew, entityTypeId: other.personTypeId } }),
    ).rejects.toThrowError(expect.objectContaining({ code: "unprocessable", details: { problems: [expect.objectContaining({ field: "entityTypeId" })] } }));
    await expect(createSpan({ caller: alice, documentId, span: { ...tokajew, entityId: other.tokayevId } })).rejects.toThrowError(
      code("unprocessable"),
    );
  });

  it("hides documents of other projects and needs the annotator role to write", async () => {
    const { admin, documentId, tokajew, projectId } = await setUp();
    const outsider = (await setUpAnnotationProject(db)).alice;
    await expect(createSpan({ caller: outsider, documentId, span: tokajew })).rejects.toThrowError("Document not found");
    const reviewer = await insertTestMember(db, projectId, "reviewer");
    await expect(createSpan({ caller: reviewer, documentId, span: tokajew })).rejects.toThrowError(code("forbidden"));
    expect((await createSpan({ caller: admin, documentId, span: tokajew })).authorId).toBe(admin.id);
  });

  it("lets annotators restricted to their assignments write only where assigned", async () => {
    const { alice, documentId, tokajew } = await setUp({ restrictToAssigned: true });
    await expect(createSpan({ caller: alice, documentId, span: tokajew })).rejects.toThrowError(code("not_found"));
    await expect(listAnnotations({ caller: alice, documentId })).rejects.toThrowError(code("not_found"));
    await db.insert(assignments).values({ documentId, userId: alice.id });
    expect((await createSpan({ caller: alice, documentId, span: tokajew })).version).toBe(1);
  });
});

describe("annotator sets are private", () => {
  it("lists only the caller's own spans, and hides another's span as not found in a blind project", async () => {
    const { alice, bob, documentId, tokajew } = await setUp();
    const span = await createSpan({ caller: alice, documentId, span: tokajew });
    expect((await listAnnotations({ caller: bob, documentId })).spans).toEqual([]);
    await expect(updateSpan({ caller: bob, spanId: span.id, version: 1, patch: { note: "mine now" } })).rejects.toThrowError(
      code("not_found"),
    );
    await expect(deleteSpan({ caller: bob, spanId: span.id, version: 1 })).rejects.toThrowError(code("not_found"));
    await expect(restoreSpan({ caller: bob, spanId: span.id, version: 1 })).rejects.toThrowError(code("not_found"));
  });

  it("answers 403 instead when the project is not blind", async () => {
    const { alice, bob, documentId, tokajew } = await setUp({ blind: false });
    const span = await createSpan({ caller: alice, documentId, span: tokajew });
    await expect(updateSpan({ caller: bob, spanId: span.id, version: 1, patch: { note: "x" } })).rejects.toThrowError(
      code("forbidden"),
    );
    await expect(deleteSpan({ caller: bob, spanId: span.id, version: 1 })).rejects.toThrowError(code("forbidden"));
  });
});
