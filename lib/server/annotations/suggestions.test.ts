import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations } from "@/db/schema";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "./annotation-test-fixtures";
import { createSpan } from "./create-span";
import { deleteSpan } from "./delete-span";
import { suggestAnnotations } from "./suggest-annotations";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. Tokajewa? 托卡耶夫表示支持。";
const claimQuote = { start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen." };
const tokajew = { start: 10, end: 17, quote: "Tokajew" };

function setUp(settings = {}) {
  const project = setUpAnnotationProject(db, settings);
  const manager = insertTestMember(db, project.projectId, "manager");
  return { ...project, manager, documentId: insertTestDocument(db, project.projectId, text) };
}

/** A pre-annotation row as the importer stores it. */
function insertPreannotation(
  context: ReturnType<typeof setUp>,
  span: Partial<typeof annotations.$inferInsert> & Pick<typeof annotations.$inferInsert, "layer" | "start" | "end" | "quote">,
  documentId = context.documentId,
): number {
  return db
    .insert(annotations)
    .values({ projectId: context.projectId, documentId, authorId: context.manager.id, set: "preannotation", origin: "import", ...span })
    .returning({ id: annotations.id })
    .get().id;
}

describe("alias suggestions", () => {
  it("suggests catalog aliases the caller has not marked yet, inflected and Chinese forms included", () => {
    const { alice, bob, documentId, personTypeId, tokayevId } = setUp();
    const quotes = (caller = alice) => suggestAnnotations({ caller, documentId }).items.map((item) => item.quote);
    expect(quotes()).toEqual(["Tokajew", "Tokajewa", "托卡耶夫"]);
    expect(suggestAnnotations({ caller: alice, documentId }).items[0]).toEqual({
      source: "alias",
      entityId: tokayevId,
      entityTypeId: personTypeId,
      ...tokajew,
      alias: "Tokajew",
    });
    createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } });
    expect(quotes()).toEqual(["Tokajewa", "托卡耶夫"]);
    expect(quotes(bob)).toEqual(["Tokajew", "Tokajewa", "托卡耶夫"]);
  });
});

describe("pre-annotation suggestions", () => {
  it("offers the document's pre-annotations with their fields, in document order, in place of alias matches at the same offsets", () => {
    const context = setUp();
    const { alice, documentId, personTypeId, tokayevId, claimId } = context;
    const entity = insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId, entityId: tokayevId });
    const claim = insertPreannotation(context, {
      layer: "claim", ...claimQuote, claimId, stance: "favor", claimantEntityId: tokayevId, note: "lead sentence",
    });
    const { items } = suggestAnnotations({ caller: alice, documentId });
    expect(items.map((item) => `${item.source}:${item.quote}`)).toEqual([
      "preannotation:Tokajew",
      `preannotation:${claimQuote.quote}`,
      "alias:Tokajewa",
      "alias:托卡耶夫",
    ]);
    expect(items[0]).toEqual({
      source: "preannotation", id: entity, layer: "entity", ...tokajew, entityTypeId: personTypeId, entityId: tokayevId,
      claimId: null, stance: null, claimantEntityId: null, claimantMention: null, note: "",
    });
    expect(items[1]).toEqual({
      source: "preannotation", id: claim, layer: "claim", ...claimQuote, entityTypeId: null, entityId: null,
      claimId, stance: "favor", claimantEntityId: tokayevId, claimantMention: null, note: "lead sentence",
    });
  });

  it("says where the entity pre-annotation naming a claim's claimant lies, even once the caller marked it", () => {
    const context = setUp();
    const { alice, documentId, personTypeId } = context;
    const mention = insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    insertPreannotation(context, { layer: "claim", ...claimQuote, claimantMentionId: mention });
    createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } });
    const { items } = suggestAnnotations({ caller: alice, documentId });
    expect(items.filter((item) => item.source === "preannotation")).toEqual([
      expect.objectContaining({ layer: "claim", claimantMention: { start: tokajew.start, end: tokajew.end } }),
    ]);
  });

  it("leaves out what the caller marked at the same offsets and layer, but not what another annotator marked", () => {
    const context = setUp();
    const { alice, bob, documentId, personTypeId } = context;
    insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    insertPreannotation(context, { layer: "claim", ...claimQuote });
    // A claim span over the entity's offsets does not count as marking the entity.
    createSpan({ caller: alice, documentId, span: { layer: "claim", ...tokajew } });
    const ids = (caller = alice) =>
      suggestAnnotations({ caller, documentId }).items.filter((item) => item.source === "preannotation").map((item) => item.layer);
    expect(ids()).toEqual(["entity", "claim"]);
    createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote } });
    const entitySpan = createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } });
    expect(ids()).toEqual([]);
    expect(ids(bob)).toEqual(["entity", "claim"]);
    deleteSpan({ caller: alice, spanId: entitySpan.id, version: 1 });
    expect(ids()).toEqual(["entity"]);
  });

  it("never offers deleted pre-annotations, other documents' or another annotator's set", () => {
    const context = setUp();
    const { alice, bob, documentId, projectId, personTypeId } = context;
    const otherDocument = insertTestDocument(db, projectId, "Tokajew reiste ab.");
    insertPreannotation(context, { layer: "entity", start: 0, end: 7, quote: "Tokajew", entityTypeId: personTypeId }, otherDocument);
    insertPreannotation(context, { layer: "claim", ...claimQuote, deletedAt: new Date() });
    createSpan({ caller: bob, documentId, span: { layer: "claim", ...claimQuote } });
    expect(suggestAnnotations({ caller: alice, documentId }).items.every((item) => item.source === "alias")).toBe(true);
    expect(suggestAnnotations({ caller: alice, documentId }).items).toHaveLength(3);
  });

  it("shows them to whoever may open the document, and to no outsider", () => {
    const context = setUp();
    const { documentId, projectId, personTypeId } = context;
    insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    const reviewer = insertTestMember(db, projectId, "reviewer");
    expect(suggestAnnotations({ caller: reviewer, documentId }).items[0]).toMatchObject({ source: "preannotation" });
    const outsider = setUp().alice;
    expect(() => suggestAnnotations({ caller: outsider, documentId })).toThrowError(expect.objectContaining({ code: "not_found" }));
  });
});

describe("accepting a pre-annotation", () => {
  it("stores the new span in the caller's set with the pre-annotation as its source", () => {
    const context = setUp();
    const { alice, documentId, personTypeId } = context;
    const source = insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    const span = createSpan({
      caller: alice, documentId,
      span: { layer: "entity", ...tokajew, entityTypeId: personTypeId, origin: "suggestion", sourceAnnotationIds: [source, source] },
    });
    const row = db.select().from(annotations).where(eq(annotations.id, span.id)).get();
    expect(row).toMatchObject({ set: "annotator", authorId: alice.id, origin: "suggestion", sourceAnnotationIds: [source] });
    expect(suggestAnnotations({ caller: alice, documentId }).items.some((item) => item.source === "preannotation")).toBe(false);
  });

  it("refuses sources that are not live pre-annotations of the same document", () => {
    const context = setUp();
    const { alice, bob, documentId, projectId, personTypeId } = context;
    const otherDocument = insertTestDocument(db, projectId, "Tokajew reiste ab.");
    const elsewhere = insertPreannotation(context, { layer: "entity", start: 0, end: 7, quote: "Tokajew", entityTypeId: personTypeId }, otherDocument);
    const deleted = insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId, deletedAt: new Date() });
    const bobs = createSpan({ caller: bob, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } }).id;
    for (const sourceAnnotationIds of [[elsewhere], [deleted], [bobs], [999_999]]) {
      expect(() =>
        createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId, sourceAnnotationIds } }),
      ).toThrowError(expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/not a pre-annotation of this document/) }));
    }
    expect(db.select().from(annotations).where(eq(annotations.authorId, alice.id)).all()).toEqual([]);
  });
});
