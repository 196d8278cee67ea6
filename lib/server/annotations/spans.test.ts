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
beforeAll(() => {
  db = useTestDatabase();
});

const text = "😀 Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";

function setUp(settings = {}) {
  const project = setUpAnnotationProject(db, settings);
  const documentId = insertTestDocument(db, project.projectId, text);
  const tokajew = { layer: "entity" as const, start: 12, end: 19, quote: "Tokajew", entityTypeId: project.personTypeId };
  return { ...project, documentId, tokajew };
}

const code = (code: string) => expect.objectContaining({ code });

describe("creating spans", () => {
  it("stores a span in the caller's own set with code-point offsets and version 1, and starts the assignment", () => {
    const { alice, documentId, tokajew, tokayevId } = setUp();
    const span = createSpan({ caller: alice, documentId, span: { ...tokajew, entityId: tokayevId } });
    expect(span).toMatchObject({ ...tokajew, entityId: tokayevId, authorId: alice.id, version: 1, origin: "manual" });
    expect(listAnnotations({ caller: alice, documentId })).toMatchObject({ spans: [{ id: span.id }], status: "in_progress" });
    expect(db.select().from(events).where(eq(events.subjectId, span.id)).all().map((e) => e.action)).toContain(
      "annotation.create",
    );
  });

  it("moves an assigned document to in progress", () => {
    const { alice, documentId, tokajew } = setUp();
    db.insert(assignments).values({ documentId, userId: alice.id }).run();
    expect(listAnnotations({ caller: alice, documentId }).status).toBe("assigned");
    createSpan({ caller: alice, documentId, span: tokajew });
    expect(listAnnotations({ caller: alice, documentId }).status).toBe("in_progress");
  });

  it.each([
    ["offsets outside the text", { start: 60, end: 99, quote: "x" }, /outside the text/],
    ["end before start", { start: 19, end: 12, quote: "" }, /end after it starts/],
    ["a quote counted in UTF-16 units", { start: 13, end: 20, quote: "Tokajew" }, /differs from the text/],
    ["fractional offsets", { start: 12.5, end: 19, quote: "Tokajew" }, /whole numbers/],
    ["an entity span without a type", { entityTypeId: undefined }, /need an entityTypeId/],
    ["claim fields on an entity span", { stance: "favor" }, /entity spans cannot have stance/],
    ["an unknown entity type", { entityTypeId: 999_999 }, /Entity type 999999 is not part of this project/],
  ])("refuses %s with a 422", (_, change, message) => {
    const { alice, documentId, tokajew } = setUp();
    expect(() => createSpan({ caller: alice, documentId, span: { ...tokajew, ...change } })).toThrowError(
      expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(message) }),
    );
    expect(listAnnotations({ caller: alice, documentId })).toMatchObject({ spans: [], status: "unassigned" });
  });

  it("refuses claim spans pointing at another project's catalog, unknown stances and foreign claimants", () => {
    const { alice, bob, documentId, claimId, tokajew } = setUp();
    const other = setUpAnnotationProject(db);
    const claim = { layer: "claim" as const, start: 27, end: 65, quote: "Kasachstan unterstützt die Sanktionen." };
    const refuses = (fields: object, message: RegExp) =>
      expect(() => createSpan({ caller: alice, documentId, span: { ...claim, ...fields } })).toThrowError(
        expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(message) }),
      );
    refuses({ claimId: other.claimId }, /Claim \d+ is not part of this project/);
    refuses({ claimantEntityId: other.tokayevId }, /Entity \d+ is not part of this project/);
    refuses({ stance: "enthusiastic" }, /"enthusiastic" is not one of this project's stance keys/);
    refuses({ entityTypeId: tokajew.entityTypeId }, /claim spans cannot have entityTypeId/);
    const bobsMention = createSpan({ caller: bob, documentId, span: tokajew });
    refuses({ claimantMentionId: bobsMention.id }, /not one of your entity spans/);
    const ownMention = createSpan({ caller: alice, documentId, span: tokajew });
    const span = createSpan({
      caller: alice,
      documentId,
      span: { ...claim, claimId, stance: "favor", claimantMentionId: ownMention.id },
    });
    expect(span).toMatchObject({ claimantMentionId: ownMention.id, stance: "favor" });
  });

  it("refuses an entity type or entity of another project", () => {
    const { alice, documentId, tokajew } = setUp();
    const other = setUpAnnotationProject(db);
    expect(() =>
      createSpan({ caller: alice, documentId, span: { ...tokajew, entityTypeId: other.personTypeId } }),
    ).toThrowError(expect.objectContaining({ code: "unprocessable", details: { problems: [expect.objectContaining({ field: "entityTypeId" })] } }));
    expect(() => createSpan({ caller: alice, documentId, span: { ...tokajew, entityId: other.tokayevId } })).toThrowError(
      code("unprocessable"),
    );
  });

  it("hides documents of other projects and needs the annotator role to write", () => {
    const { admin, documentId, tokajew, projectId } = setUp();
    const outsider = setUpAnnotationProject(db).alice;
    expect(() => createSpan({ caller: outsider, documentId, span: tokajew })).toThrowError("Document not found");
    const reviewer = insertTestMember(db, projectId, "reviewer");
    expect(() => createSpan({ caller: reviewer, documentId, span: tokajew })).toThrowError(code("forbidden"));
    expect(createSpan({ caller: admin, documentId, span: tokajew }).authorId).toBe(admin.id);
  });

  it("lets annotators restricted to their assignments write only where assigned", () => {
    const { alice, documentId, tokajew } = setUp({ restrictToAssigned: true });
    expect(() => createSpan({ caller: alice, documentId, span: tokajew })).toThrowError(code("not_found"));
    expect(() => listAnnotations({ caller: alice, documentId })).toThrowError(code("not_found"));
    db.insert(assignments).values({ documentId, userId: alice.id }).run();
    expect(createSpan({ caller: alice, documentId, span: tokajew }).version).toBe(1);
  });
});

describe("annotator sets are private", () => {
  it("lists only the caller's own spans, and hides another's span as not found in a blind project", () => {
    const { alice, bob, documentId, tokajew } = setUp();
    const span = createSpan({ caller: alice, documentId, span: tokajew });
    expect(listAnnotations({ caller: bob, documentId }).spans).toEqual([]);
    expect(() => updateSpan({ caller: bob, spanId: span.id, version: 1, patch: { note: "mine now" } })).toThrowError(
      code("not_found"),
    );
    expect(() => deleteSpan({ caller: bob, spanId: span.id, version: 1 })).toThrowError(code("not_found"));
    expect(() => restoreSpan({ caller: bob, spanId: span.id, version: 1 })).toThrowError(code("not_found"));
  });

  it("answers 403 instead when the project is not blind", () => {
    const { alice, bob, documentId, tokajew } = setUp({ blind: false });
    const span = createSpan({ caller: alice, documentId, span: tokajew });
    expect(() => updateSpan({ caller: bob, spanId: span.id, version: 1, patch: { note: "x" } })).toThrowError(
      code("forbidden"),
    );
    expect(() => deleteSpan({ caller: bob, spanId: span.id, version: 1 })).toThrowError(code("forbidden"));
  });
});
