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
beforeAll(() => {
  db = useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. Tokajewa? 托卡耶夫表示支持。";
const claimQuote = { start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen." };

function setUp() {
  const project = setUpAnnotationProject(db);
  return { ...project, documentId: insertTestDocument(db, project.projectId, text) };
}

describe("document labels", () => {
  it("sets, changes with the current version, and removes the caller's stance toward a claim", () => {
    const { alice, bob, documentId, claimId } = setUp();
    const label = setDocumentLabel({ caller: alice, documentId, claimId, stance: "favor" });
    expect(label).toMatchObject({ claimId, stance: "favor", version: 1 });
    expect(() => setDocumentLabel({ caller: alice, documentId, claimId, stance: "against" })).toThrowError(
      expect.objectContaining({ code: "conflict", details: { current: expect.objectContaining({ version: 1 }) } }),
    );
    expect(setDocumentLabel({ caller: alice, documentId, claimId, stance: "against", version: 1 })).toMatchObject({
      stance: "against",
      version: 2,
    });
    expect(listAnnotations({ caller: bob, documentId }).documentLabels).toEqual([]);
    expect(setDocumentLabel({ caller: alice, documentId, claimId, stance: null, version: 2 })).toBeNull();
    expect(listAnnotations({ caller: alice, documentId }).documentLabels).toEqual([]);
  });

  it("refuses unknown stances and claims of other projects", () => {
    const { alice, documentId, claimId } = setUp();
    const other = setUpAnnotationProject(db);
    expect(() => setDocumentLabel({ caller: alice, documentId, claimId, stance: "meh" })).toThrowError(
      expect.objectContaining({ code: "unprocessable" }),
    );
    expect(() => setDocumentLabel({ caller: alice, documentId, claimId: other.claimId, stance: "favor" })).toThrowError(
      expect.objectContaining({ code: "unprocessable" }),
    );
  });
});

describe("submitting a document", () => {
  it("lists claim spans without claim or stance, then submits once they are complete", () => {
    const { alice, documentId, claimId } = setUp();
    const claim = createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote } });
    expect(() => submitDocument({ caller: alice, documentId })).toThrowError(
      expect.objectContaining({
        code: "unprocessable",
        details: { missing: [{ spanId: claim.id, quote: claimQuote.quote, missing: ["claimId", "stance"] }] },
      }),
    );
    updateSpan({ caller: alice, spanId: claim.id, version: 1, patch: { claimId } });
    expect(() => submitDocument({ caller: alice, documentId })).toThrowError(
      expect.objectContaining({ details: { missing: [expect.objectContaining({ missing: ["stance"] })] } }),
    );
    updateSpan({ caller: alice, spanId: claim.id, version: 2, patch: { stance: "favor" } });
    expect(submitDocument({ caller: alice, documentId })).toEqual({ status: "submitted", next: null });
    expect(listAnnotations({ caller: alice, documentId }).status).toBe("submitted");
    // Submitting again is harmless.
    expect(submitDocument({ caller: alice, documentId }).status).toBe("submitted");
  });

  it("ignores deleted claim spans and points to the next document", () => {
    const { alice, documentId, projectId } = setUp();
    const nextId = insertTestDocument(db, projectId, "Ein zweiter Artikel.");
    const claim = createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote } });
    deleteSpan({ caller: alice, spanId: claim.id, version: 1 });
    expect(submitDocument({ caller: alice, documentId })).toEqual({ status: "submitted", next: { documentId: nextId } });
  });
});
