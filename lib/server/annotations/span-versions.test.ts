import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { relations, relationTypes } from "@/db/schema";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { insertTestDocument, setUpAnnotationProject } from "./annotation-test-fixtures";
import { createSpan } from "./create-span";
import { deleteSpan } from "./delete-span";
import { listAnnotations } from "./list-annotations";
import { restoreSpan } from "./restore-span";
import { submitDocument } from "./submit-document";
import { updateSpan } from "./update-span";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";

function setUp() {
  const project = setUpAnnotationProject(db);
  const documentId = insertTestDocument(db, project.projectId, text);
  const { alice } = project;
  const mention = createSpan({
    caller: alice,
    documentId,
    span: { layer: "entity", start: 10, end: 17, quote: "Tokajew", entityTypeId: project.personTypeId },
  });
  const claim = createSpan({
    caller: alice,
    documentId,
    span: { layer: "claim", start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen.", claimantMentionId: mention.id },
  });
  return { ...project, documentId, mention, claim };
}

const conflictWith = (version: number) =>
  expect.objectContaining({ code: "conflict", details: { current: expect.objectContaining({ version }) } });

describe("updating spans", () => {
  it("bumps the version on each change and refuses a stale version with the current span", () => {
    const { alice, claim, claimId } = setUp();
    const first = updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { claimId, stance: "against" } });
    expect(first).toMatchObject({ version: 2, claimId, stance: "against" });
    expect(Date.parse(first.updatedAt)).toBeGreaterThanOrEqual(Date.parse(claim.updatedAt));
    expect(() => updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { stance: "favor" } })).toThrowError(
      conflictWith(2),
    );
    expect(updateSpan({ caller: alice, spanId: claim.id, version: 2, patch: { note: "quoted" } }).version).toBe(3);
  });

  it("validates changed offsets against the text again", () => {
    const { alice, mention } = setUp();
    expect(() =>
      updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { start: 9, end: 17 } }),
    ).toThrowError(expect.objectContaining({ code: "unprocessable", details: expect.objectContaining({ textAtOffsets: " Tokajew" }) }));
    const moved = updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { start: 0, end: 17, quote: "Präsident Tokajew" } });
    expect(moved).toMatchObject({ start: 0, end: 17, version: 2 });
  });

  it("applies the layer rules to the span as it will be", () => {
    const { alice, mention } = setUp();
    expect(() => updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { layer: "claim" } })).toThrowError(
      /claim spans cannot have entityTypeId/,
    );
    expect(() => updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { entityTypeId: null } })).toThrowError(
      /entity spans need an entityTypeId/,
    );
  });
});

describe("deleting and restoring spans", () => {
  it("soft-deletes with the current version only, and unlinks claims that named the span as claimant", () => {
    const { alice, documentId, mention, claim } = setUp();
    expect(() => deleteSpan({ caller: alice, spanId: mention.id, version: 7 })).toThrowError(conflictWith(1));
    deleteSpan({ caller: alice, spanId: mention.id, version: 1 });
    const { spans } = listAnnotations({ caller: alice, documentId });
    expect(spans.map((s) => s.id)).toEqual([claim.id]);
    expect(spans[0]).toMatchObject({ claimantMentionId: null, version: 2 });
    expect(() => updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { note: "x" } })).toThrowError(
      "Span not found",
    );
    expect(() => deleteSpan({ caller: alice, spanId: mention.id, version: 1 })).toThrowError("Span not found");
  });

  it("restores a deleted span with the version it was deleted at, once", () => {
    const { alice, documentId, mention } = setUp();
    deleteSpan({ caller: alice, spanId: mention.id, version: 1 });
    expect(() => restoreSpan({ caller: alice, spanId: mention.id, version: 2 })).toThrowError(conflictWith(1));
    expect(restoreSpan({ caller: alice, spanId: mention.id, version: 1 })).toMatchObject({ id: mention.id, version: 2 });
    expect(listAnnotations({ caller: alice, documentId }).spans.map((s) => s.id)).toContain(mention.id);
    expect(() => restoreSpan({ caller: alice, spanId: mention.id, version: 2 })).toThrowError(
      expect.objectContaining({ code: "conflict", message: "The span is not deleted" }),
    );
  });

  it("hides relations touching a deleted span, and shows them again once it is restored", () => {
    const { alice, documentId, projectId, mention, claim } = setUp();
    const type = db.insert(relationTypes).values({ projectId, key: "said_by", name: "Said by" }).returning().get();
    db.insert(relations)
      .values({ projectId, documentId, authorId: alice.id, set: "annotator", relationTypeId: type.id, fromId: claim.id, toId: mention.id })
      .run();
    expect(listAnnotations({ caller: alice, documentId }).relations).toMatchObject([{ fromId: claim.id, toId: mention.id }]);
    deleteSpan({ caller: alice, spanId: mention.id, version: 1 });
    expect(listAnnotations({ caller: alice, documentId }).relations).toEqual([]);
    restoreSpan({ caller: alice, spanId: mention.id, version: 1 });
    expect(listAnnotations({ caller: alice, documentId }).relations).toHaveLength(1);
  });

  it("closes a submitted document to changes", () => {
    const { alice, documentId, claim, claimId } = setUp();
    updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { claimId, stance: "favor" } });
    submitDocument({ caller: alice, documentId });
    expect(() => updateSpan({ caller: alice, spanId: claim.id, version: 2, patch: { note: "late" } })).toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringMatching(/submitted/) }),
    );
  });
});
