import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { insertTestDocument, setUpAnnotationProject } from "./annotation-test-fixtures";
import { createSpan } from "./create-span";
import { deleteSpan } from "./delete-span";
import { listAnnotations } from "./list-annotations";
import { setDocumentLabel } from "./set-document-label";
import { submitDocument } from "./submit-document";
import { updateSpan } from "./update-span";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. Tokajewa? 托卡耶夫表示支持。";
const claimQuote = { start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen." };

async function setUp() {
  const project = await setUpAnnotationProject(db);
  return { ...project, documentId: await insertTestDocument(db, project.projectId, text) };
}

describe("document labels", () => {
  it("sets, changes with the current version, and removes the caller's stance toward a claim", async () => {
    const { alice, bob, documentId, claimId } = await setUp();
    const label = await setDocumentLabel({ caller: alice, documentId, claimId, stance: "favor" });
    expect(label).toMatchObject({ claimId, stance: "favor", version: 1 });
    await expect(setDocumentLabel({ caller: alice, documentId, claimId, stance: "against" })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict", details: { current: expect.objectContaining({ version: 1 }) } }),
    );
    expect(await setDocumentLabel({ caller: alice, documentId, claimId, stance: "against", version: 1 })).toMatchObject({
      stance: "against",
      version: 2,
    });
    expect((await listAnnotations({ caller: bob, documentId })).documentLabels).toEqual([]);
    expect(await setDocumentLabel({ caller: alice, documentId, claimId, stance: null, version: 2 })).toBeNull();
    expect((await listAnnotations({ caller: alice, documentId })).documentLabels).toEqual([]);
  });

  it("stores one of two first labels sent at once and refuses the other with the stored one", async () => {
    const { alice, documentId, claimId } = await setUp();
    const results = await Promise.allSettled(
      (["favor", "against"] as const).map((stance) => setDocumentLabel({ caller: alice, documentId, claimId, stance })),
    );
    const [stored] = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    expect(refusals).toEqual([
      expect.objectContaining({ code: "conflict", details: { current: stored } }),
    ]);
  });

  it("refuses unknown stances and claims of other projects", async () => {
    const { alice, documentId, claimId } = await setUp();
    const other = await setUpAnnotationProject(db);
    await expect(setDocumentLabel({ caller: alice, documentId, claimId, stance: "meh" })).rejects.toThrowError(
      expect.objectContaining({ code: "unprocessable" }),
    );
    await expect(setDocumentLabel({ caller: alice, documentId, claimId: other.claimId, stance: "favor" })).rejects.toThrowError(
      expect.objectContaining({ code: "unprocessable" }),
    );
  });
});

describe("submitting a document", () => {
  it("lists claim spans without claim or stance, then submits once they are complete", async () => {
    const { alice, documentId, claimId } = await setUp();
    const claim = await createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote } });
    await expect(submitDocument({ caller: alice, documentId })).rejects.toThrowError(
      expect.objectContaining({
        code: "unprocessable",
        details: { missing: [{ spanId: claim.id, quote: claimQuote.quote, missing: ["claimId", "stance"] }] },
      }),
    );
    await updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { claimId } });
    await expect(submitDocument({ caller: alice, documentId })).rejects.toThrowError(
      expect.objectContaining({ details: { missing: [expect.objectContaining({ missing: ["stance"] })] } }),
    );
    await updateSpan({ caller: alice, spanId: claim.id, version: 2, patch: { stance: "favor" } });
    expect(await submitDocument({ caller: alice, documentId })).toEqual({ status: "submitted", next: null });
    expect((await listAnnotations({ caller: alice, documentId })).status).toBe("submitted");
    // Submitting again is harmless.
    expect((await submitDocument({ caller: alice, documentId })).status).toBe("submitted");
  });

  it("ignores deleted claim spans and points to the next document", async () => {
    const { alice, documentId, projectId } = await setUp();
    const nextId = await insertTestDocument(db, projectId, "Ein zweiter Artikel.");
    const claim = await createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote } });
    await deleteSpan({ caller: alice, spanId: claim.id, version: 1 });
    expect(await submitDocument({ caller: alice, documentId })).toEqual({ status: "submitted", next: { documentId: nextId } });
  });
});
