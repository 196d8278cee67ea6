import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { relations, relationTypes, stanceLabels } from "@/db/schema";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { insertTestDocument, setUpAnnotationProject } from "./annotation-test-fixtures";
import { createSpan } from "./create-span";
import { deleteSpan } from "./delete-span";
import { listAnnotations } from "./list-annotations";
import { restoreSpan } from "./restore-span";
import { submitDocument } from "./submit-document";
import { updateSpan } from "./update-span";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";

async function setUp() {
  const project = await setUpAnnotationProject(db);
  const documentId = await insertTestDocument(db, project.projectId, text);
  const { alice } = project;
  const mention = await createSpan({
    caller: alice,
    documentId,
    span: { layer: "entity", start: 10, end: 17, quote: "Tokajew", entityTypeId: project.personTypeId },
  });
  const claim = await createSpan({
    caller: alice,
    documentId,
    span: { layer: "claim", start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen.", claimantMentionId: mention.id },
  });
  return { ...project, documentId, mention, claim };
}

const conflictWith = (version: number) =>
  expect.objectContaining({ code: "conflict", details: { current: expect.objectContaining({ version }) } });

describe("updating spans", () => {
  it("bumps the version on each change and refuses a stale version with the current span", async () => {
    const { alice, claim, claimId } = await setUp();
    const first = await updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { claimId, stance: "against" } });
    expect(first).toMatchObject({ version: 2, claimId, stance: "against" });
    expect(Date.parse(first.updatedAt)).toBeGreaterThanOrEqual(Date.parse(claim.updatedAt));
    await expect(updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { stance: "favor" } })).rejects.toThrowError(
      conflictWith(2),
    );
    expect((await updateSpan({ caller: alice, spanId: claim.id, version: 2, patch: { note: "quoted" } })).version).toBe(3);
  });

  it("lets one of several changes sent at once with the same version through, and refuses the others", async () => {
    const { alice, claim } = await setUp();
    const results = await Promise.allSettled(
      ["a", "b", "c", "d", "e"].map((note) => updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { note } })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refusals).toEqual(Array.from({ length: 4 }, () => conflictWith(2)));
  });

  it("validates changed offsets against the text again", async () => {
    const { alice, mention } = await setUp();
    await expect(
      updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { start: 9, end: 17 } }),
    ).rejects.toThrowError(expect.objectContaining({ code: "unprocessable", details: expect.objectContaining({ textAtOffsets: " Tokajew" }) }));
    const moved = await updateSpan({
      caller: alice,
      spanId: mention.id,
      version: 1,
      patch: { start: 0, end: 17, quote: "Präsident Tokajew" },
    });
    expect(moved).toMatchObject({ start: 0, end: 17, version: 2 });
  });

  it("applies the layer rules to the span as it will be", async () => {
    const { alice, mention } = await setUp();
    await expect(updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { layer: "claim" } })).rejects.toThrowError(
      /claim spans cannot have entityTypeId/,
    );
    await expect(updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { entityTypeId: null } })).rejects.toThrowError(
      /entity spans need an entityTypeId/,
    );
  });
  it("reads again only the references a change names anew", async () => {
    const { alice, claim, claimId, projectId } = await setUp();
    await updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { claimId, stance: "against" } });
    // The stance key goes from the schema after the span took it: the span keeps it, and a change to
    // another field still saves, while a change naming an unknown key is refused.
    await db.delete(stanceLabels).where(and(eq(stanceLabels.projectId, projectId), eq(stanceLabels.key, "against")));
    expect(await updateSpan({ caller: alice, spanId: claim.id, version: 2, patch: { note: "kept" } })).toMatchObject({
      version: 3,
      stance: "against",
      note: "kept",
    });
    await expect(updateSpan({ caller: alice, spanId: claim.id, version: 3, patch: { stance: "mystery", claimId: 999_999 } })).rejects.toThrowError(
      expect.objectContaining({
        code: "unprocessable",
        details: {
          problems: [
            { field: "claimId", message: "Claim 999999 is not part of this project" },
            { field: "stance", message: '"mystery" is not one of this project\'s stance keys' },
          ],
        },
      }),
    );
  });
});

describe("deleting and restoring spans", () => {
  it("soft-deletes with the current version only, and unlinks claims that named the span as claimant", async () => {
    const { alice, documentId, mention, claim } = await setUp();
    await expect(deleteSpan({ caller: alice, spanId: mention.id, version: 7 })).rejects.toThrowError(conflictWith(1));
    await deleteSpan({ caller: alice, spanId: mention.id, version: 1 });
    const { spans } = await listAnnotations({ caller: alice, documentId });
    expect(spans.map((s) => s.id)).toEqual([claim.id]);
    expect(spans[0]).toMatchObject({ claimantMentionId: null, version: 2 });
    await expect(updateSpan({ caller: alice, spanId: mention.id, version: 1, patch: { note: "x" } })).rejects.toThrowError(
      "Span not found",
    );
    await expect(deleteSpan({ caller: alice, spanId: mention.id, version: 1 })).rejects.toThrowError("Span not found");
  });

  it("restores a deleted span with the version it was deleted at, once", async () => {
    const { alice, documentId, mention } = await setUp();
    await deleteSpan({ caller: alice, spanId: mention.id, version: 1 });
    await expect(restoreSpan({ caller: alice, spanId: mention.id, version: 2 })).rejects.toThrowError(conflictWith(1));
    expect(await restoreSpan({ caller: alice, spanId: mention.id, version: 1 })).toMatchObject({ id: mention.id, version: 2 });
    expect((await listAnnotations({ caller: alice, documentId })).spans.map((s) => s.id)).toContain(mention.id);
    await expect(restoreSpan({ caller: alice, spanId: mention.id, version: 2 })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict", message: "The span is not deleted" }),
    );
  });

  it("hides relations touching a deleted span, and shows them again once it is restored", async () => {
    const { alice, documentId, projectId, mention, claim } = await setUp();
    const [type] = await db.insert(relationTypes).values({ projectId, key: "said_by", name: "Said by" }).returning();
    if (!type) throw new Error("the relation type was not stored");
    await db.insert(relations)
      .values({ projectId, documentId, authorId: alice.id, set: "annotator", relationTypeId: type.id, fromId: claim.id, toId: mention.id });
    expect((await listAnnotations({ caller: alice, documentId })).relations).toMatchObject([{ fromId: claim.id, toId: mention.id }]);
    await deleteSpan({ caller: alice, spanId: mention.id, version: 1 });
    expect((await listAnnotations({ caller: alice, documentId })).relations).toEqual([]);
    await restoreSpan({ caller: alice, spanId: mention.id, version: 1 });
    expect((await listAnnotations({ caller: alice, documentId })).relations).toHaveLength(1);
  });

  it("closes a submitted document to changes", async () => {
    const { alice, documentId, claim, claimId } = await setUp();
    await updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { claimId, stance: "favor" } });
    await submitDocument({ caller: alice, documentId });
    await expect(updateSpan({ caller: alice, spanId: claim.id, version: 2, patch: { note: "late" } })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringMatching(/submitted/) }),
    );
  });
});
